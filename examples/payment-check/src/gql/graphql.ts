/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One line of a Medicaid claim: the person by Medicaid ID, the facility by provider number, and the days billed. */
export type ClaimLineInput = {
  /** The first day billed. */
  from: string;
  /** The state that issued the Medicaid ID (USPS code, e.g. OH). */
  issuer: string;
  /** The payment system's own reference for the line, echoed back in the answer. */
  line: string;
  /** The person's Medicaid ID; spaces and dashes are ignored. */
  medicaidId: string;
  /** The facility billing, by Medicaid provider number; omit for any facility. */
  providerNumber?: string | null | undefined;
  /** The last day billed (included). */
  to: string;
};

/** An identifier a partner holds, to look a person up by. */
export type IdentifierInput = {
  /** Issuer: required for MEDICAID_ID (state code), STATE_CLIENT_ID (MN-PMI), FACILITY_MRN (facility id), OTHER. */
  issuer?: string | null | undefined;
  /** Kind of identifier. */
  type: IdentifierType;
  /** The value; spaces and dashes are ignored. */
  value: string;
};

/** Kinds of identifier other systems give a person. Use the type the source system uses (CT: a wrong type creates duplicates). */
export type IdentifierType =
  /** A facility's medical record number; the issuer is the hub's facility id. */
  | 'FACILITY_MRN'
  /** State Medicaid ID; the issuer is the state's USPS code (OH). */
  | 'MEDICAID_ID'
  /** Medicare Beneficiary Identifier (issuer CMS). */
  | 'MEDICARE_MBI'
  /** Any other identifier; the issuer names who gave it. */
  | 'OTHER'
  /** Social Security number (issuer SSA). Roles without need see only the last four digits. */
  | 'SSN'
  /** A state program's client number; the issuer names the program (MN-PMI). */
  | 'STATE_CLIENT_ID';

/** The level of care a determination authorises (OH COA guide: intermediate ILOC or skilled SLOC). */
export type LevelOfCareType =
  /** Hospital level of care. */
  | 'HOSPITAL'
  /** Intermediate care facility for individuals with intellectual disabilities. */
  | 'ICF_IID'
  /** Nursing facility, intermediate level of care (ILOC). */
  | 'NF_INTERMEDIATE'
  /** Nursing facility, skilled level of care (SLOC). */
  | 'NF_SKILLED';

/** Why no Level of Care covers a day. The NOT_REQUIRED_* reasons mean no LOC is needed that day (OH COA guide). */
export type UncoveredReason =
  /** The latest determination for the day denied the level of care. */
  | 'DENIED'
  /** An approval ended before the day and no renewal covers it. */
  | 'EXPIRED'
  /** The person was not at the facility asked about (from the facility's census). */
  | 'NOT_AT_FACILITY'
  /** A bed-hold day (hospital leave): no LOC is needed (OH COA guide). */
  | 'NOT_REQUIRED_BED_HOLD'
  /** Enrolled with hospice: no LOC is needed (OH COA guide). */
  | 'NOT_REQUIRED_HOSPICE'
  /** Medicaid only a co-payer (e.g. Medicare A days): no LOC is needed (OH COA guide). */
  | 'NOT_REQUIRED_MEDICAID_COPAY'
  /** No Level of Care determination applies to the day. */
  | 'NO_DETERMINATION'
  /** The PASRR requirements were not yet met; a LOC may not precede that date (OH COA guide). */
  | 'PASRR_NOT_MET';

export type ClaimBatchCoverageQueryVariables = Exact<{
  identifiers: Array<IdentifierInput> | IdentifierInput;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ClaimBatchCoverageQuery = { individualsByIdentifiers: Array<{ id: string, levelOfCareClaimCoverage: Array<{ line: string, coveredSpans: Array<{ from: string, through: string, levelOfCareType: LevelOfCareType, determinationId: string }>, uncoveredSpans: Array<{ from: string, through: string, reason: UncoveredReason }> }> } | null> };


export const ClaimBatchCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimBatchCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentifierInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individualsByIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareClaimCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareType"}},{"kind":"Field","name":{"kind":"Name","value":"determinationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimBatchCoverageQuery, ClaimBatchCoverageQueryVariables>;