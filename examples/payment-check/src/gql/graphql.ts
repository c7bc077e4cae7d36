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

/** Why a day is not payable: the first rule of the payment gate that failed, from a closed list, each citing its source (docs/partners/medicaid-payment.md). The NOT_REQUIRED_* reasons mean no LOC is needed that day (OH COA guide). */
export type UncoveredReason =
  /** An adverse Level II is under appeal; it stands until final agency action (CO 10 CCR 2505-10 8.401.204, .202 E; IL PAS/MH manual VIII). */
  | 'ADVERSE_LEVEL_II_APPEAL_PENDING'
  /** A Level II found no need for NF services; it cannot be countermanded through claims payment (CO 10 CCR 2505-10 8.401.202 D, .207 B.1; IL PAS/MH manual VII.D.4; MN bulletin 00-53-3, Level II form). */
  | 'ADVERSE_LEVEL_II_NO_NF_NEED'
  /** A Level II found specialized services the NF cannot give (CO 10 CCR 2505-10 8.401.207 C, D; IL PAS/MH manual VII.D.1: inpatient psychiatric care). */
  | 'ADVERSE_LEVEL_II_SPECIALIZED_SERVICES'
  /** OH COA guide, "Process if a current NF resident becomes hospitalized": a LOC is needed once the bed-hold days for the year are used (limit: LOC_BED_HOLD_DAYS_PER_YEAR). */
  | 'BED_HOLD_LIMIT_REACHED'
  /** The latest determination for the day denied the level of care. */
  | 'DENIED'
  /** An exemption, categorical or time-limited Level II ended without a Resident Review (OH COA guide, "Hospital Exemption": no validity after 30 days; Resident Review codes #3–#5). */
  | 'EXEMPTION_EXPIRED'
  /** An approval ended before the day and no renewal covers it (CT newsletters: renewals 7–10 days before expiry). */
  | 'EXPIRED'
  /** A Level II is required and not determined (OH COA guide: the PAS is effective on the determination's date; CO 10 CCR 2505-10 8.401.183 B). */
  | 'LEVEL_II_PENDING'
  /** A LOC covers the day but PASRR was met only later: days are paid from the PASRR-met date (OH COA guide, "Level of Care": "The LOC effective date cannot precede the date the PASRR requirements were met"; CO 10 CCR 2505-10 8.401.183 B; 42 CFR 483.122). */
  | 'LOC_BEFORE_PASRR_MET'
  /** OH COA guide, "Medicaid managed care plans": the plan decides whether a LOC is needed and pays the day; not answered as a fee-for-service day. */
  | 'MANAGED_CARE_PLAN_DECIDES'
  /** The LOC in force predates the end of hospice: "a new LOC is needed when an individual on Medicaid dis-enrolls from hospice" (OH COA guide, "Level of Care"). */
  | 'NEW_LOC_REQUIRED_AFTER_HOSPICE'
  /** Census: the person was not at the facility asked about (facilities' stays; CT PathTracker). */
  | 'NOT_AT_FACILITY'
  /** Not Medicaid's day: private pay on the census payer record (CO 10 CCR 2505-10 8.401.02: LOC only for a Medicaid-eligible person or a filed application; .03: payment only for eligible clients). */
  | 'NOT_MEDICAID_ELIGIBLE'
  /** OH COA guide, "Level of Care": "A LOC is not needed for bed-hold days" (within the year's bed-hold days). */
  | 'NOT_REQUIRED_BED_HOLD'
  /** OH COA guide, "Level of Care": "A LOC is not needed while an individual on Medicaid is enrolled with hospice". */
  | 'NOT_REQUIRED_HOSPICE'
  /** OH COA guide, "Level of Care": "A LOC is not needed if an individual only used Medicaid as a co-payer". */
  | 'NOT_REQUIRED_MEDICAID_COPAY'
  /** An approval exists, but its effective date is after the day. */
  | 'NOT_YET_EFFECTIVE'
  /** No Level of Care determination applies to the day (OH COA guide, "Level of Care": a LOC is necessary for Medicaid reimbursement). */
  | 'NO_DETERMINATION'
  /** No Level I, exemption or categorical on file for the day (OH COA guide, "What should a NF do if there was no Pre-Admission screening?", OAC 5160-3-15.1; CO 10 CCR 2505-10 8.401.183 A; MN bulletin 00-53-3, "Non-compliance penalties"). */
  | 'PASRR_MISSING'
  /** The PAA returned the screen incomplete (OH COA guide, "How is the effective date of the PAS determined?": the day a complete and accurate screen was sent). */
  | 'PAS_INCOMPLETE'
  /** The approval that held the day was superseded by a determination that does not cover it. */
  | 'SUPERSEDED';

export type ClaimBatchCoverageQueryVariables = Exact<{
  identifiers: Array<IdentifierInput> | IdentifierInput;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ClaimBatchCoverageQuery = { individualsByIdentifiers: Array<{ id: string, levelOfCareClaimCoverage: Array<{ line: string, coveredSpans: Array<{ from: string, through: string, levelOfCareType: LevelOfCareType, determinationId: string }>, uncoveredSpans: Array<{ from: string, through: string, reason: UncoveredReason }> }> } | null> };


export const ClaimBatchCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimBatchCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentifierInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individualsByIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareClaimCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareType"}},{"kind":"Field","name":{"kind":"Name","value":"determinationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimBatchCoverageQuery, ClaimBatchCoverageQueryVariables>;