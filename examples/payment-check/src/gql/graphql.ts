/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD` (for example 2026-03-31). Dates carry no time zone. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with a zone (for example 2026-03-31T14:05:00.000Z). */
  DateTime: { input: string; output: string; }
  /** A JSON value: the snapshot of a record as history keeps it. */
  JSON: { input: any; output: any; }
};

/** An identifier to record for a person. */
export type AddIdentifierInput = {
  /** The identifier, as issued. */
  identifier: NewIdentifierInput;
  /** The person (a merged record's id reaches the survivor). */
  individualId: Scalars['ID']['input'];
  /** Why (kept in history). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Where an admitted person came from. */
export type AdmissionSource =
  /** Another nursing facility. */
  | 'ANOTHER_NURSING_FACILITY'
  /** Home, assisted living or another community setting. */
  | 'COMMUNITY'
  /** A hospital emergency department or observation stay (not inpatient). */
  | 'HOSPITAL_EMERGENCY_OR_OBSERVATION'
  /** A hospital inpatient stay. */
  | 'HOSPITAL_INPATIENT'
  /** Any setting in another state. */
  | 'OUT_OF_STATE'
  /** A psychiatric hospital or a hospital's psychiatric unit. */
  | 'PSYCHIATRIC_UNIT';

/** How one field agrees between two records. */
export type Agreement =
  /** Identifiers that cannot both be this person's: the machine never merges across this. */
  | 'CONFLICT'
  /** Birth date with day and month swapped. */
  | 'DAY_MONTH_SWAP'
  /** They disagree. */
  | 'DIFFERENT'
  /** Birth date with two adjacent digits transposed (1941, 1914). */
  | 'DIGITS_TRANSPOSED'
  /** The same (ignoring case, accents, punctuation). */
  | 'EXACT'
  /** An initial that agrees with the name. */
  | 'INITIAL'
  /** The last four SSN digits agree (one side knows only those). */
  | 'LAST_FOUR'
  /** One side does not say. */
  | 'MISSING'
  /** Familiar forms of one given name (Bill, William). */
  | 'NICKNAME'
  /** Birth date with one digit different, the year's included (1941, 1971). */
  | 'ONE_DIGIT'
  /** One keying error apart: a letter or digit substituted, inserted or deleted, or two adjacent ones transposed (Mason, Maxon). */
  | 'ONE_EDIT'
  /** One part of a compound family name. */
  | 'PART'
  /** Sounding alike: the same NYSIIS or Double Metaphone code (Smith, Schmidt). */
  | 'PHONETIC'
  /** Same ZIP code, other street. */
  | 'SAME_ZIP'
  /** Spelt alike beyond one edit (Jaro–Winkler ≥ 0.88). */
  | 'SIMILAR'
  /** Given and family name written the other way round. */
  | 'SWAPPED'
  /** Day and month swapped. */
  | 'TRANSPOSED'
  /** One birth-date digit mistyped or two swapped. */
  | 'TYPO';

/** The state agency's decision on an appeal. */
export type AppealDecision =
  /** The determination is overturned (CO 8.401.202 E). */
  | 'OVERTURNED'
  /** The determination stands. */
  | 'UPHELD';

/** Where an appeal stands. */
export type AppealStatus =
  /** The state agency overturned the determination. */
  | 'OVERTURNED'
  /** Filed, not yet decided. */
  | 'PENDING'
  /** The determination stands. */
  | 'UPHELD';

/** How long a Level II approval lasts. */
export type ApprovalPeriod =
  /** No end date. */
  | 'ONGOING'
  /** Until `approvedThrough`; a Resident Review is due then. */
  | 'TIME_LIMITED';

/** The functional assessment instrument used. */
export type AssessmentInstrument =
  /** The Colorado Single Assessment LOC screen (CO 10 CCR 2505-10 §8.401.16.B). */
  | 'CSA'
  /** Colorado's Uniform Long-Term Care 100.2 (CO 10 CCR 2505-10 §8.401, A.). */
  | 'ULTC_100_2';

/** Narrows an audit trail; every filter given must hold. */
export type AuditEventFilter = {
  /** Only records that touched this entity id. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records that read this field (Type.field) or ran this mutation. */
  field?: InputMaybe<Scalars['String']['input']>;
  /**
   * At most this many records, newest first (default 100, at most 500).
   * @deprecated Use the query's `first` argument, which pages with `after`.
   */
  first?: InputMaybe<Scalars['Int']['input']>;
  /** Only records at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this organisation. */
  organisationId?: InputMaybe<Scalars['String']['input']>;
  /** Only this role (a Role value). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only this token subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Only records before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Whether a behavior requires interventions or presents symptoms. */
export type BehaviorStatus =
  /** Currently. */
  | 'CURRENTLY'
  /** Never. */
  | 'NONE'
  /** Previously, not now. */
  | 'PREVIOUSLY';

/** What a deciding authority decides on a requested categorical. */
export type CategoricalDecisionOutcome =
  /** The person does not meet it: a Level II evaluation is needed, and the referral is opened. */
  | 'DENIED'
  /** The person meets the categorical: admission without a full Level II evaluation, for its time limit if any. */
  | 'GRANTED';

/** Where a requested categorical determination stands (categorical.rules.ts). */
export type CategoricalStatus =
  /** A deciding authority denied it; the Level II referral it opened decides. */
  | 'DENIED'
  /** Every deciding authority granted it; valid from the day the last one did. */
  | 'GRANTED'
  /** Asked for on the Level I; awaiting the deciding authority. PASRR is not met meanwhile (like a pending Level II). */
  | 'REQUESTED';

/** What a census event reports. */
export type CensusEventKind =
  /** The person arrived and was admitted (never before they arrive: CT PathTracker). */
  | 'ADMISSION'
  /** Restates an earlier event as it should have read, or voids it as entered in error. */
  | 'CORRECTION'
  /** The person died; nothing may be recorded after it. */
  | 'DEATH'
  /** The person left the facility (with a destination). */
  | 'DISCHARGE'
  /** The person went to hospital while the facility holds the bed (bed-hold). */
  | 'HOSPITAL_LEAVE'
  /** The person is away on a therapeutic leave or leave of absence. */
  | 'LEAVE_OF_ABSENCE'
  /** Who pays for the stay changed from this day. */
  | 'PAYER_CHANGE'
  /** The person came back from a hospital leave or leave of absence. */
  | 'RETURN'
  /** The person moved to another nursing facility; closes this stay and opens the next there, linked. */
  | 'TRANSFER_OUT';

/** One line of a Medicaid claim: the person by Medicaid ID, the facility by provider number, and the days billed. */
export type ClaimLineInput = {
  /** The first day billed. */
  from: Scalars['Date']['input'];
  /** The state that issued the Medicaid ID (USPS code, e.g. OH). */
  issuer: Scalars['String']['input'];
  /** The payment system's own reference for the line, echoed back in the answer. */
  line: Scalars['String']['input'];
  /** The person's Medicaid ID; spaces and dashes are ignored. */
  medicaidId: Scalars['String']['input'];
  /** The facility billing, by Medicaid provider number; omit for any facility. */
  providerNumber?: InputMaybe<Scalars['String']['input']>;
  /** The last day billed (included). */
  to: Scalars['Date']['input'];
};

/** The ADL and health-condition criteria met, per area (CO §8.401.16.B.1.ii.1.a–g). */
export type CsaAdlCriteriaInput = {
  /** The bathing (i) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  bathing?: Array<Scalars['String']['input']>;
  /** The dressing (i–iii) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  dressing?: Array<Scalars['String']['input']>;
  /** The eating (i–ii) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  eating?: Array<Scalars['String']['input']>;
  /** The health condition (i paralysis, ii missing limb) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  healthCondition?: Array<Scalars['String']['input']>;
  /** The mobility (i–vii) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  mobility?: Array<Scalars['String']['input']>;
  /** The toileting (i–vii) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  toileting?: Array<Scalars['String']['input']>;
  /** The transferring (i–iii) criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"]. */
  transferring?: Array<Scalars['String']['input']>;
};

/** Behavior status and interventions (CO §8.401.16.B.1.ii.2). */
export type CsaBehaviorInput = {
  /** How often cueing is required. */
  cueing: CsaFrequency;
  /** Likelihood the behavior would occur or escalate if services were withdrawn. */
  escalationIfServicesWithdrawn: EscalationLikelihood;
  /** Injury to self, physical aggression or property destruction. */
  injuryAggressionOrDestruction: BehaviorStatus;
  /** How often physical intervention is required. */
  physicalIntervention: CsaFrequency;
  /** How often planned intervention is required. */
  plannedIntervention: CsaFrequency;
  /** The person presents threats to their own or others' safety. */
  threatToSafety: Scalars['Boolean']['input'];
  /** Verbal aggression currently requires interventions or presents symptoms. */
  verbalAggressionCurrently: Scalars['Boolean']['input'];
};

/** Level of impairment per memory-and-cognition area (CO §8.401.16.B.1.ii.3). */
export type CsaCognitionInput = {
  /** Attention. */
  attention: ImpairmentLevel;
  /** Judgment. */
  judgment: ImpairmentLevel;
  /** Memory. */
  memory: ImpairmentLevel;
  /** Planning. */
  planning: ImpairmentLevel;
  /** Problem solving. */
  problemSolving: ImpairmentLevel;
};

/** Sensory and communication (CO §8.401.16.B.1.ii.4). */
export type CsaCommunicationInput = {
  /** Frequently has difficulty expressing needs or ideas to familiar people. */
  frequentDifficultyExpressingNeeds: Scalars['Boolean']['input'];
  /** Rarely or never expresses themself, or is very difficult to understand. */
  rarelyOrNeverExpressesOrVeryHardToUnderstand: Scalars['Boolean']['input'];
};

/** How often an intervention is required (CO §8.401.16.B.1.ii.2). */
export type CsaFrequency =
  /** More than once per month, up to weekly. */
  | 'MONTHLY_TO_WEEKLY'
  /** More than weekly. */
  | 'MORE_THAN_WEEKLY'
  /** Not required. */
  | 'NONE'
  /** Less than monthly, up to once per month. */
  | 'UP_TO_MONTHLY';

/** The Colorado Single Assessment level-of-care screen for adults (CO §8.401.16.B.1). */
export type CsaResponsesInput = {
  /** ADL and health-condition criteria met. */
  adlCriteriaMet: CsaAdlCriteriaInput;
  /** Behaviors. */
  behavior: CsaBehaviorInput;
  /** Memory and cognition. */
  cognition: CsaCognitionInput;
  /** Sensory and communication. */
  communication: CsaCommunicationInput;
};

/** Where the person is when screened. */
export type CurrentSetting =
  /** At home or elsewhere in the community. */
  | 'COMMUNITY'
  /** A hospital emergency room. */
  | 'EMERGENCY_ROOM'
  /** An acute hospital inpatient stay (the only setting a hospital exemption may come from). */
  | 'HOSPITAL_INPATIENT'
  /** A nursing facility. */
  | 'NURSING_FACILITY'
  /** Hospital observation status (not an inpatient stay). */
  | 'OBSERVATION'
  /** Outside the state. */
  | 'OUT_OF_STATE'
  /** A psychiatric hospital or unit. */
  | 'PSYCHIATRIC_UNIT';

/** The state agency's decision on an appeal. */
export type DecideAppealInput = {
  /** The appeal decided. */
  appealId: Scalars['ID']['input'];
  /** The decision date; not before the filing, not in the future. */
  decidedOn: Scalars['Date']['input'];
  /** Upheld or overturned. */
  decision: AppealDecision;
  /** The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A deciding authority's decision on the categorical a Level I asked for. */
export type DecideCategoricalInput = {
  /** The day of the decision; not before the screen, not in the future. */
  decidedOn: Scalars['Date']['input'];
  /** GRANTED: admission without a full Level II, for the categorical's time limit from today's decision; DENIED: the Level II referral is opened. */
  decision: CategoricalDecisionOutcome;
  /** The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why (required, at most 2000 characters): the documentation of why no Level II is done (CO 8.401.184 F), or why the categorical is denied. */
  reason: Scalars['String']['input'];
  /** The Level I screen that asked for the categorical. */
  screenId: Scalars['ID']['input'];
};

/** Whether dementia is diagnosed, and as the primary or a secondary diagnosis. */
export type DementiaDiagnosis =
  /** No dementia diagnosis. */
  | 'NONE'
  /** Dementia is the primary diagnosis. */
  | 'PRIMARY'
  /** Dementia is a secondary diagnosis. */
  | 'SECONDARY';

/** An exemption or categorical determination asked for, with its supporting facts. */
export type DeterminationRequestInput = {
  /** The expected length of the NF stay, in days, as certified. */
  expectedStayDays?: InputMaybe<Scalars['Int']['input']>;
  /** The discharging hospital is outside the hub's state (OH guide, Hospital Exemption FAQ). */
  hospitalOutOfState?: Scalars['Boolean']['input'];
  /** Which exemption or categorical determination is asked for. */
  kind: RequestedDetermination;
  /** A physician certified, in writing, that the NF stay is expected to be under 30 days (hospital exemption). */
  physicianCertifiedStayUnder30Days?: Scalars['Boolean']['input'];
  /** The person normally resides outside the hub's state (OH guide, Hospital Exemption FAQ). */
  residesOutOfState?: Scalars['Boolean']['input'];
};

/** A Level of Care determination by a PAA (for its counties) or the state agency. */
export type DetermineLevelOfCareInput = {
  /** The assessment the determination rests on (same person). */
  assessmentId: Scalars['ID']['input'];
  /**
   * Deprecated and ignored.
   * @deprecated Ignored: the county is the facility registry's county of facilityId, or of the person's facility in the caller's counties. Leave it out.
   */
  county?: InputMaybe<Scalars['String']['input']>;
  /** Approved or denied. */
  decision: LevelOfCareDecision;
  /** The first day covered. May not precede the date the PASRR requirements were met (OH). */
  effectiveFrom: Scalars['Date']['input'];
  /** The last day covered (a short-term approval); none for long-term. */
  effectiveThrough?: InputMaybe<Scalars['Date']['input']>;
  /** The facility the determination is for (in the caller's counties); omit to use the person's facility there. Its county is the registry's. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person. */
  individualId: Scalars['ID']['input'];
  /** The level of care decided. */
  levelOfCareType: LevelOfCareType;
  /** For a person not yet Medicaid eligible: the day the Medicaid application was filed (CO 8.401.02). Not in the future. */
  medicaidApplicationFiledOn?: InputMaybe<Scalars['Date']['input']>;
  /** The Medicaid ID in force. A determination needs this or medicaidApplicationFiledOn (CO 8.401.02; OH: active or pending Medicaid). */
  medicaidId?: InputMaybe<Scalars['String']['input']>;
  /** Required for a retrospective review. */
  retrospectiveReason?: InputMaybe<RetrospectiveReason>;
  /** Why it starts when it does. */
  reviewKind?: ReviewKind;
  /** The determination this one supersedes (a determination is never edited). */
  supersedesDeterminationId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the earlier determination is superseded; required with supersedesDeterminationId. */
  supersessionReason?: InputMaybe<Scalars['String']['input']>;
  /** Required for a transfer determination. */
  transferDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Indications of intellectual/developmental disability or a related condition (CO 8.401.191 B). */
export type DevelopmentalDisabilityIndicationsInput = {
  /** A diagnosis of ID/DD or a related condition. */
  diagnosis: Scalars['Boolean']['input'];
  /** A history of ID/DD or a related condition. */
  history: Scalars['Boolean']['input'];
  /** Presenting evidence (cognitive or behavioural) of ID/DD. */
  presentingEvidence: Scalars['Boolean']['input'];
  /** Referred by an agency serving people with ID/DD, which found the person eligible. */
  referredByDdAgency: Scalars['Boolean']['input'];
  /** A related condition whose onset was before age 22. */
  relatedConditionOnsetBefore22: Scalars['Boolean']['input'];
};

/** Where a discharged person went (CO 10 CCR 2505-10 8.401.44 B: discharge destination is reported). */
export type DischargeDestination =
  /** Left without leave (CO 8.401.44 B counts it as a discharge). */
  | 'ABSENT_WITHOUT_LEAVE'
  /** Assisted living. */
  | 'ASSISTED_LIVING'
  /** Home or another community setting. */
  | 'HOME_OR_COMMUNITY'
  /** A hospital, with no bed held. */
  | 'HOSPITAL'
  /** Anywhere else. */
  | 'OTHER'
  /** Another state. */
  | 'OUT_OF_STATE'
  /** A psychiatric hospital or unit, with no bed held. */
  | 'PSYCHIATRIC_HOSPITAL';

/** The end of an identifier's validity. */
export type EndIdentifierInput = {
  /** The identifier record (its `id` on `Individual.identifiers`). */
  identifierId: Scalars['ID']['input'];
  /** Why it ended (kept in history). */
  reason: Scalars['String']['input'];
  /** Its last valid day. */
  validThrough: Scalars['Date']['input'];
};

/** How likely a behavior would occur or escalate if home- and community-based services were withdrawn. */
export type EscalationLikelihood =
  /** Highly likely. */
  | 'HIGHLY_LIKELY'
  /** Likely. */
  | 'LIKELY'
  /** Unlikely. */
  | 'UNLIKELY';

/** Which facilities to list; every given condition must hold. */
export type FacilityFilter = {
  /** Only facilities in this county. */
  county?: InputMaybe<Scalars['String']['input']>;
  /** Only facilities that are (or are not) Medicaid-certified. */
  medicaidCertified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only facilities in this PAA region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only facilities in this state (USPS code). */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Only facilities of this type. */
  type?: InputMaybe<FacilityType>;
};

/** What kind of facility this is. */
export type FacilityType =
  /** A general hospital. */
  | 'HOSPITAL'
  /** An intermediate care facility for individuals with intellectual disabilities. */
  | 'ICF_IID'
  /** A Medicaid-certified nursing facility (NF). */
  | 'NURSING_FACILITY'
  /** A psychiatric hospital or unit. */
  | 'PSYCHIATRIC_HOSPITAL';

/** An appeal of a Level II determination, filed for the person. */
export type FileAppealInput = {
  /** The determination appealed. */
  determinationId: Scalars['ID']['input'];
  /** The filing date; on or before the notice's appeal deadline. */
  filedOn: Scalars['Date']['input'];
  /** The grounds of the appeal. */
  grounds: Scalars['String']['input'];
};

/** An identifier a partner holds, to look a person up by. */
export type IdentifierInput = {
  /** Issuer: required for MEDICAID_ID (state code), STATE_CLIENT_ID (MN-PMI), FACILITY_MRN (facility id), OTHER. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Kind of identifier. */
  type: IdentifierType;
  /** The value; spaces and dashes are ignored. */
  value: Scalars['String']['input'];
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

/** What changed in a person's identity record. */
export type IdentityEventKind =
  /** Identifiers were attached. */
  | 'IDENTIFIER_ADDED'
  /** An identifier's validity ended. */
  | 'IDENTIFIER_ENDED'
  /** A registration matched this person; `after` holds the score and reasons. */
  | 'MATCHED'
  /** This record was merged into `relatedIndividualId`. */
  | 'MERGED'
  /** The record was created. */
  | 'REGISTERED'
  /** A possible duplicate was held for review. */
  | 'REVIEW_OPENED'
  /** A reviewer decided a possible duplicate. */
  | 'REVIEW_RESOLVED'
  /** This record was separated again from `relatedIndividualId`. */
  | 'UNMERGED';

/** Where a facility's primary-SMI share stands against the CO IMD thresholds (10 CCR 2505-10 8.401.4). */
export type ImdStatus =
  /** Above 50 %: at serious risk of classification as an IMD (8.401.42). */
  | 'AT_RISK'
  /** 40 % or less. */
  | 'BELOW_NOTICE'
  /** Above 40 %: the Department is notified (8.401.44 C). */
  | 'NOTICE';

/** Level of impairment in a memory-and-cognition area (CO §8.401.16.B.1.ii.3). */
export type ImpairmentLevel =
  /** Mildly impaired. */
  | 'MILD'
  /** Moderately impaired. */
  | 'MODERATE'
  /** Not impaired. */
  | 'NONE'
  /** Severely impaired. */
  | 'SEVERE';

/** What to search people by: a family name, a birth date or an identifier (a given name narrows a search). */
export type IndividualSearchInput = {
  /** Date of birth; day/month swaps and one mistyped digit are found too. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Family name; typos and sound-alike spellings are found too. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name; familiar forms and typos are found too (Peggy finds Margaret). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** An identifier: finds exactly its holder. */
  identifier?: InputMaybe<IdentifierInput>;
};

/** Whether a person record is in use or was merged into another. */
export type IndividualStatus =
  /** The record in use for this person. */
  | 'ACTIVE'
  /** A duplicate record merged into another person; references to it resolve to the survivor. */
  | 'MERGED';

/** Why a resident was away with the stay still open. */
export type LeaveKind =
  /** In hospital, bed held (OH COA guide: no LOC needed for bed-hold days). */
  | 'HOSPITAL_LEAVE'
  /** A therapeutic leave or leave of absence. */
  | 'LEAVE_OF_ABSENCE';

/** Whether the level of care was approved. */
export type LevelOfCareDecision =
  /** The person meets the level of care from the effective date. */
  | 'APPROVED'
  /** The person does not meet the level of care; a notice with appeal rights follows. */
  | 'DENIED';

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

/** What a Level I screen decided, under the state's policy. */
export type LevelOneOutcome =
  /** A categorical determination granted by its authority, possibly time-limited from the day it was granted. */
  | 'CATEGORICAL'
  /** A categorical determination was asked for; the authority the state names decides it (CO 8.401.192: the Utilization Review Contractor; MN: the LMHA; OH: OhioMHAS and/or DODD). PASRR is not met until it is granted (then CATEGORICAL); a denial makes it LEVEL_II_REQUIRED with referrals. */
  | 'CATEGORICAL_REQUESTED'
  /** Exempted hospital discharge; a Resident Review is due when it expires. */
  | 'EXEMPT_HOSPITAL_DISCHARGE'
  /** A Level II evaluation is required; referrals were made. */
  | 'LEVEL_II_REQUIRED'
  /** No indications of SMI or ID/DD: admission may proceed. */
  | 'NO_INDICATIONS';

/** What the PAA decides on reviewing a Level I. */
export type LevelOneReviewDecision =
  /** The screen is complete and valid; the PAA issues its review results (OH guide: only then is the screen a PAS). */
  | 'CONFIRMED'
  /** The screen is incomplete or invalid; returned with findings to be completed (IL manual, IV.3). May be confirmed later. */
  | 'RETURNED_INCOMPLETE';

/** Where a Level I stands in the PAA's review (OH guide, PAS Review Results letter; IL manual, IV: desk review of the Level I). */
export type LevelOneReviewStatus =
  /** The PAA processed the screen and issued its review results: the screen stands as filed. */
  | 'CONFIRMED'
  /** Filed, not yet reviewed by a PAA. */
  | 'NOT_REVIEWED'
  /** The PAA found the screen incomplete or invalid and returned it with its findings, to be completed. */
  | 'RETURNED_INCOMPLETE';

/** The authority a Level II referral is routed to. */
export type LevelTwoAuthority =
  /** The state developmental-disabilities authority. */
  | 'DD'
  /** The state mental-health authority (or its vendor). */
  | 'MH';

/** Which indications were found. */
export type LevelTwoCategory =
  /** Intellectual/developmental disability or a related condition. */
  | 'DD'
  /** Both. */
  | 'DUAL'
  /** Serious mental illness. */
  | 'MI';

/** What a Level II determination allows, derived from its facts under the state's policy. */
export type LevelTwoOutcome =
  /** NF services needed: admission allowed with no end date (CO 8.401.207 A.3; IL VII.C "Indefinite Stay"; MN form B.2, B.6). */
  | 'ADMISSION_ALLOWED'
  /** Admission allowed through `approvedThrough`; a Resident Review is due then (IL VII.C "Time Limited", about six months). */
  | 'ALLOWED_TIME_LIMITED'
  /** NF services not needed: admission denied, other services referred (CO 8.401.207 B.1; IL VII.D.4; MN form B.5). */
  | 'DENIED'
  /** Provisional admission while the diagnostic assessment is done; a final determination follows by `approvedThrough` (MN form B.4). */
  | 'PROVISIONAL';

/** Narrows the Level II referral worklist; every condition given must hold. */
export type LevelTwoReferralFilter = {
  /** Only referrals routed to this authority (an authority sees only its own anyway). */
  authority?: InputMaybe<LevelTwoAuthority>;
  /** Only referrals due on or before this date. */
  dueOnOrBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only referrals from screens of this facility. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this person's referrals. */
  individualId?: InputMaybe<Scalars['ID']['input']>;
  /** Only open referrals whose due date is before this date (overdue as of it). */
  overdueAsOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only referrals in this status. */
  status?: InputMaybe<ReferralStatus>;
};

/** A field compared when matching people. */
export type MatchField =
  /** The street address and ZIP code. */
  | 'ADDRESS'
  /** The date of birth, with swapped day and month and typos recognised. */
  | 'BIRTH_DATE'
  /** The family (last) name, each part of a compound name. */
  | 'FAMILY_NAME'
  /** The given (first) name, nicknames included. */
  | 'GIVEN_NAME'
  /** The state Medicaid ID. */
  | 'MEDICAID_ID'
  /** The Medicare Beneficiary Identifier. */
  | 'MEDICARE_MBI'
  /** The middle name or initial. */
  | 'MIDDLE_NAME'
  /** Sex as recorded. */
  | 'SEX'
  /** The Social Security number (compared in full, one keying error allowed, or by its last four digits). */
  | 'SSN'
  /** A generational suffix (Jr., III). */
  | 'SUFFIX';

/** Which version of the existing person agreed best: its record, a previous name, or a record merged into it. */
export type MatchedOn =
  /** A record that was merged into the person. */
  | 'MERGED_RECORD'
  /** A name the person was known by before. */
  | 'PREVIOUS_NAME'
  /** The person's record as it stands. */
  | 'RECORD';

/** Indications of serious mental illness (CO 8.401.191 A; domain README, step 1). */
export type MentalIllnessIndicationsInput = {
  /** A diagnosis of mental illness. */
  diagnosis: Scalars['Boolean']['input'];
  /** Intensive psychiatric treatment (hospitalisation, crisis services) within the last two years. */
  intensiveTreatmentWithinTwoYears: Scalars['Boolean']['input'];
  /** Presenting evidence of mental illness (disturbances in orientation, affect or mood). */
  presentingEvidence: Scalars['Boolean']['input'];
  /** Psychotropic medication prescribed regularly without a diagnosis that justifies it. */
  psychotropicWithoutDiagnosis: Scalars['Boolean']['input'];
};

/** A merge of a duplicate record into the person who survives. */
export type MergeIndividualsInput = {
  /** The duplicate merged into it. */
  mergedId: Scalars['ID']['input'];
  /** Why (kept in history). */
  reason: Scalars['String']['input'];
  /** The record that stays. */
  survivorId: Scalars['ID']['input'];
};

/** Why a person is known by another name. */
export type NameKind =
  /** Another spelling a partner registered the person under, recorded when the registration matched. */
  | 'ALTERNATE'
  /** A name the person used before (e.g. before marriage), given at registration. */
  | 'PREVIOUS';

/** An identifier to record for a person, with its validity. */
export type NewIdentifierInput = {
  /** Issuer: required for MEDICAID_ID (state code), STATE_CLIENT_ID (MN-PMI), FACILITY_MRN (facility id), OTHER. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Kind of identifier. */
  type: IdentifierType;
  /** First day it is valid. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day it is valid. */
  validThrough?: InputMaybe<Scalars['Date']['input']>;
  /** The value; spaces and dashes are ignored. */
  value: Scalars['String']['input'];
};

/** Who a determination notice goes to. */
export type NoticeRecipient =
  /** The admitting or current nursing facility. */
  | 'ADMITTING_NURSING_FACILITY'
  /** The person's attending physician, sent a copy (CO 8.401.206 E.4); the hub holds no physician, so the copy is addressed to the attending physician of record. */
  | 'ATTENDING_PHYSICIAN'
  /** The discharging hospital. */
  | 'DISCHARGING_HOSPITAL'
  /** The person evaluated. */
  | 'PERSON'
  /** The person's legal representative. */
  | 'REPRESENTATIVE';

/** Why a person's PASRR standing on a day is what it is (screenings' compliance rules, issue 16). */
export type PasrrComplianceReason =
  /** An adverse Level II is under appeal (co-10-ccr-2505-10-8.401-level-of-care.txt 8.401.204, 8.401.202 E; il-pas-mh-contractor-manual.txt VIII). */
  | 'ADVERSE_LEVEL_II_APPEAL_PENDING'
  /** A Level II found no need for nursing facility services (co-10-ccr-2505-10-8.401-level-of-care.txt 8.401.207 B.1, 8.401.202 D; il-pas-mh-contractor-manual.txt VII.D.4). */
  | 'ADVERSE_LEVEL_II_NO_NF_NEED'
  /** A Level II found specialized services the NF cannot give, and no NF need (co-10-ccr-2505-10-8.401-level-of-care.txt 8.401.207 C and D; il-pas-mh-contractor-manual.txt VII.D.1). */
  | 'ADVERSE_LEVEL_II_SPECIALIZED_SERVICES'
  /** A time-limited exemption, categorical or Level II approval ended without a Resident Review (oh-coa-pre-admission-review.txt, "Hospital Exemption": no validity after 30 days; Resident Review codes #3–#5). */
  | 'EXEMPTION_EXPIRED'
  /** A Level II is required and not yet determined (oh-coa-pre-admission-review.txt, "For an individual requiring a Further Review: the PAS effective date is the date of the determination"). */
  | 'LEVEL_II_PENDING'
  /** The PASRR requirements were met and in force (oh-coa-pre-admission-review.txt, "How is the effective date of the PAS determined?"). */
  | 'PASRR_MET'
  /** No Level I, exemption or categorical on file (oh-coa-pre-admission-review.txt, "What should a NF do if there was no Pre-Admission screening?"; co-10-ccr-2505-10-8.401-level-of-care.txt 8.401.183 A). */
  | 'PASRR_MISSING'
  /** The PAA returned the screen incomplete; it does not count (oh-coa-pre-admission-review.txt, "How is the effective date of the PAS determined?": the day a complete and accurate screen was sent). */
  | 'PAS_INCOMPLETE';

/** Whether the PASRR requirements were met on the days of a compliance period. */
export type PasrrComplianceStatus =
  /** The PASRR requirements were met and in force. */
  | 'MET'
  /** They were not: the reason says why. */
  | 'NOT_MET';

/** Who pays for a stay's days. */
export type Payer =
  /** Hospice (OH COA guide: no LOC needed while enrolled). */
  | 'HOSPICE'
  /** A managed care plan. */
  | 'MANAGED_CARE'
  /** Medicaid pays in full. */
  | 'MEDICAID'
  /** Medicaid is only a co-payer (OH COA guide: no LOC needed). */
  | 'MEDICAID_COPAY'
  /** Medicare Part A (skilled days). */
  | 'MEDICARE_PART_A'
  /** The person or private insurance. */
  | 'PRIVATE';

/** A name a person was known by before (e.g. before marriage), with both its given and family name. */
export type PersonNameInput = {
  /** Family name. */
  familyName: Scalars['String']['input'];
  /** Given name. */
  givenName: Scalars['String']['input'];
  /** Middle name. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Suffix. */
  suffix?: InputMaybe<Scalars['String']['input']>;
};

/** Where a resident on the census was on a day. */
export type Presence =
  /** Away in hospital; the bed is held. */
  | 'HOSPITAL_LEAVE'
  /** In the facility. */
  | 'IN_FACILITY'
  /** Away on a leave of absence. */
  | 'LEAVE_OF_ABSENCE';

/** Why the Level I was filed (CT AssessmentPro newsletters, "Reasons for Screening"). */
export type ReasonForScreening =
  /** A resident whose short-term approval (exemption, categorical) is expiring or has expired. */
  | 'EXPIRING_SHORT_TERM_APPROVAL'
  /** Nursing facility applicant, now in the community. */
  | 'NF_APPLICANT_FROM_COMMUNITY'
  /** Nursing facility applicant, now in a hospital. */
  | 'NF_APPLICANT_FROM_HOSPITAL'
  /** A transfer between nursing facilities with no PASRR records (OH guide). */
  | 'NF_TRANSFER_NO_PASRR_RECORDS'
  /** A resident currently in a psychiatric hospital or unit. */
  | 'RESIDENT_IN_PSYCHIATRIC_HOSPITAL'
  /** A resident who has never had a Level I screen. */
  | 'RESIDENT_NEVER_SCREENED'
  /** A resident with a significant change in status (report within 14 days, CT). */
  | 'RESIDENT_SIGNIFICANT_CHANGE'
  /** A resident never evaluated at Level II who now shows signs of a PASRR condition. */
  | 'RESIDENT_SIGNS_OF_PASRR_CONDITION';

/** A census event as the facility reports it. Which fields apply depends on `kind`; a field that does not apply is refused. */
export type RecordCensusEventInput = {
  /** ADMISSION (required): where the person came from. */
  admissionSource?: InputMaybe<AdmissionSource>;
  /** CORRECTION (required): the event it corrects. */
  correctsEventId?: InputMaybe<Scalars['ID']['input']>;
  /** DISCHARGE (required): where the person went. */
  dischargeDestination?: InputMaybe<DischargeDestination>;
  /** The day it happened; not after today. For a CORRECTION, the day as it should read. */
  effectiveOn: Scalars['Date']['input'];
  /** The facility reporting it: one of yours. For a CORRECTION, the corrected event's facility. */
  facilityId: Scalars['ID']['input'];
  /** ADMISSION (optional): the hospital or facility the person came from, when it is on the hub. */
  fromFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person (the hub's id from the individuals service). */
  individualId: Scalars['ID']['input'];
  /** What happened. */
  kind: CensusEventKind;
  /** ADMISSION and PAYER_CHANGE (required): who pays from this day. */
  payer?: InputMaybe<Payer>;
  /** CORRECTION (required): why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** TRANSFER_OUT (required): the receiving nursing facility. */
  toFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** CORRECTION: true when the corrected event was entered in error and did not happen. */
  voidsCorrected?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Level II determination as the authority records it. */
export type RecordLevelTwoDeterminationInput = {
  /** The admitting nursing facility, when not the screen's own facility: a nursing facility the registry holds. It is sent a copy of the notice. */
  admittingFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Ongoing, or time-limited. Left out: ongoing, or for a provisional admission time-limited until the final determination is due (the outcome is derived, see LevelTwoDetermination.outcome). */
  approvalPeriod?: InputMaybe<ApprovalPeriod>;
  /** For TIME_LIMITED: the last day approved, after the determination date. Required unless the state's policy gives a length (IL VII.C: about six months); empty for a provisional admission. */
  approvedThrough?: InputMaybe<Scalars['Date']['input']>;
  /** The evaluation confirmed the condition referred. */
  conditionConfirmed: Scalars['Boolean']['input'];
  /** The date of the determination; not before the referral, not in the future. */
  determinedOn: Scalars['Date']['input'];
  /** MN Level II form B.4: the diagnostic assessment is not yet done and the person would be in a vulnerable and unsafe situation in the community if not admitted. The determination is PROVISIONAL, and a referral for the final determination is opened, due within the state's time (7-9 working days in MN). Refused where the state's policy has no provisional admission. */
  diagnosticAssessmentPending?: Scalars['Boolean']['input'];
  /** The date of the evaluation; not after the determination. */
  evaluatedOn: Scalars['Date']['input'];
  /** The evaluator's name and qualification. */
  evaluatorName: Scalars['String']['input'];
  /** The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The person has a legal representative, who receives a notice too. */
  hasRepresentative?: Scalars['Boolean']['input'];
  /** MH referrals: the specialized services needed are inpatient psychiatric care (CO 8.401.207 D; MN diagnostic summary 2.A). The person is referred to a psychiatric hospital and not admitted to a NF until treated, so needsNursingFacilityServices must be false. */
  inpatientPsychiatricCareNeeded?: Scalars['Boolean']['input'];
  /** The person needs NF level of services. */
  needsNursingFacilityServices: Scalars['Boolean']['input'];
  /** The person needs specialized services. */
  needsSpecializedServices: Scalars['Boolean']['input'];
  /** Recommended services, one per entry. */
  recommendedServices?: Array<Scalars['String']['input']>;
  /** The referral determined; it must be open and routed to the caller's authority. */
  referralId: Scalars['ID']['input'];
  /** MH referrals: SMI is the primary diagnosis. Not given for DD referrals. */
  seriousMentalIllnessPrimary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where a Level II referral stands. */
export type ReferralStatus =
  /** The authority has determined it; closed. */
  | 'DETERMINED'
  /** Awaiting the authority's determination. */
  | 'OPEN';

/** A facility to add to the registry. */
export type RegisterFacilityInput = {
  /** Street address. */
  addressLine: Scalars['String']['input'];
  /** The number of certified beds. */
  certifiedBeds: Scalars['Int']['input'];
  /** City. */
  city: Scalars['String']['input'];
  /** County. */
  county: Scalars['String']['input'];
  /** Whether the facility is certified for Medicaid. */
  medicaidCertified: Scalars['Boolean']['input'];
  /** The facility's name. */
  name: Scalars['String']['input'];
  /** The National Provider Identifier (10 digits, valid check digit); unique. */
  npi?: InputMaybe<Scalars['String']['input']>;
  /** ZIP code. */
  postalCode: Scalars['String']['input'];
  /** The Medicaid provider number; unique. */
  providerNumber: Scalars['String']['input'];
  /** The PAA region that covers the county. */
  region: Scalars['String']['input'];
  /** State, USPS code. */
  state: Scalars['String']['input'];
  /** What kind of facility this is. */
  type: FacilityType;
};

/** A person to register, as a partner knows them. Search first, and give identifiers with the type the source system uses. Enough to identify a person: a given or a family name, and a birth date, an identifier or the SSN's last four; whatever else the partner does not know may be left out (a blank name counts as missing). */
export type RegisterIndividualInput = {
  /** Street address. */
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** Second address line. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth: not in the future, not more than 130 years ago. May be missing (null) when an identifier or the SSN's last four is given. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** County of residence. */
  county: Scalars['String']['input'];
  /** Family name; may be missing when the given name is given. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name; may be missing when the family name is given. */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Identifiers the partner holds for the person (at most 10). */
  identifiers?: InputMaybe<Array<NewIdentifierInput>>;
  /** Middle name. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** ZIP code: 5 digits or ZIP+4. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Previous names (e.g. a maiden name). */
  previousNames?: InputMaybe<Array<PersonNameInput>>;
  /** Sex, when recorded. */
  sex?: InputMaybe<Sex>;
  /** The SSN's last four digits, when the full SSN is not known (used for matching only). */
  ssnLastFour?: InputMaybe<Scalars['String']['input']>;
  /** State of residence, USPS code (e.g. OH). */
  state: Scalars['String']['input'];
  /** Suffix. */
  suffix?: InputMaybe<Scalars['String']['input']>;
};

/** What registering a person did. */
export type RegistrationOutcome =
  /** No existing record matched; a new person was created. */
  | 'CREATED'
  /** An existing person: by an identifier on record, or a match safe enough for the machine. New identifiers were attached. */
  | 'MATCHED'
  /** A new record was created and held for review beside the existing people it resembles. */
  | 'POSSIBLE_DUPLICATE';

/** A census fact about a resident. The facilities service delivers admissions, transfers and discharges from its census on its own (with `censusEventId`); NFs and the state report significant changes, and may report the rest. */
export type ReportResidentEventInput = {
  /** The census event (facilities service) this fact comes from. A fact delivered again with the same id changes nothing and returns what the first delivery did. */
  censusEventId?: InputMaybe<Scalars['ID']['input']>;
  /** What happened. */
  event: ResidentEvent;
  /**
   * Deprecated and ignored: the county is read from the facility registry.
   * @deprecated Ignored: the county is the facility registry's county of facilityId. Leave it out.
   */
  facilityCounty?: InputMaybe<Scalars['String']['input']>;
  /** The nursing facility; one of the token's facilities for a NF. */
  facilityId: Scalars['ID']['input'];
  /** For `TRANSFERRED_IN`: the NF the person came from, whose open clocks move with them; one of the token's facilities for a NF. */
  fromFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person. */
  individualId: Scalars['ID']['input'];
  /** When it happened; not in the future. */
  occurredOn: Scalars['Date']['input'];
};

/** An exemption or categorical determination a Level I may ask for (CO 8.401.192 B; MN bulletin 00-53-3). */
export type RequestedDetermination =
  /** Convalescent care after a hospital stay, time-limited by state policy. */
  | 'CONVALESCENT'
  /** Delirium: provisional, until it clears. */
  | 'DELIRIUM'
  /** Brief emergency stay (excluding psychiatric emergencies). */
  | 'EMERGENCY'
  /** Exempted hospital discharge: from an inpatient stay, physician-certified stay under 30 days. */
  | 'HOSPITAL_EXEMPTION'
  /** Primary diagnosis of dementia. */
  | 'PRIMARY_DEMENTIA'
  /** Respite stay, time-limited by state policy. */
  | 'RESPITE'
  /** Severe physical illness: comatose, ventilator dependent, vegetative state. */
  | 'SEVERE_PHYSICAL_ILLNESS'
  /** Terminal illness: physician documents less than six months to live. */
  | 'TERMINAL_ILLNESS';

/** A census fact about a nursing-facility resident that may start a Resident Review clock. */
export type ResidentEvent =
  /** Admitted to the NF (not from another NF): starts the clock of a time-limited exemption, categorical or Level II approval; a PAS already used by an earlier admission makes a review due at once (OH guide), unless the state readmits after a short absence without one (IL IV.H.3); a Level I dated after the admission, or a Level II still open, is a finding (MN bulletin; CO 8.401.183 C). */
  | 'ADMITTED'
  /** The delirium behind a provisional DELIRIUM categorical has cleared: the review is due that day, or earlier where the state sets an outer limit (MN bulletin, Delirium; IL manual IV.H: Level II by day 40). */
  | 'DELIRIUM_CLEARED'
  /** Left the NF (discharge or death): ends the open clocks of the stay, so they never fall overdue. */
  | 'DISCHARGED'
  /** Admitted from a hospital the person went to on discharge from a NF: not a new admission for the PAS, which still holds (OH guide); starts no clock, and the clocks the discharge to hospital ended resume with their due days (OH guide: days out at the hospital count towards the tally of 7 or 14 days). */
  | 'READMITTED_FROM_HOSPITAL'
  /** As READMITTED_FROM_HOSPITAL, from a psychiatric hospital or unit: where the state has the rule, the status change is due (CT: "the NF has 14 days to submit for the status change"). */
  | 'READMITTED_FROM_PSYCHIATRIC_HOSPITAL'
  /** A significant change in condition (review within 14 days, CT). */
  | 'SIGNIFICANT_CHANGE'
  /** Arrived by transfer from another NF: the PAS and its open clocks follow the person (moved from `fromFacilityId`); with no Level I on file (merged records included) a review is due at once (OH guide). */
  | 'TRANSFERRED_IN'
  /** Transferred from another NF with no PASRR records (OH guide). */
  | 'TRANSFERRED_IN_WITHOUT_PASRR_RECORDS';

/** Why a Resident Review is due. */
export type ResidentReviewReason =
  /** Admitted with no Level I, exemption or categorical on file: a compliance finding for the NF and the PAA; the PAS (or Resident Review) is due at once and overdue the next day, and the days are unpayable until met (OH guide, "What should a NF do if there was no Pre-Admission screening?", OAC 5160-3-15.1(B)(7); CO 8.401.183 A; MN bulletin 00-53-3). */
  | 'ADMITTED_WITHOUT_PASRR'
  /** A hospital exemption expires (day 30). */
  | 'HOSPITAL_EXEMPTION_EXPIRING'
  /** A new admission of a person with a PAS/MH Level II: a Resident Review after the 30th and before the 60th day of stay (IL manual IX.A.1). */
  | 'INITIAL_ADMISSION_REVIEW'
  /** A time-limited Level II approval ends: the subsequent screen is due the state's lead time before its last day (CT newsletters: no later than 7-10 days prior), else on it. */
  | 'LEVEL_II_APPROVAL_EXPIRING'
  /** Finding: admitted while the Level II was still open (CO 8.401.183 C for people not on Medicaid; elsewhere everyone); due on the day of admission, done when the determination is recorded. */
  | 'LEVEL_II_OPEN_AT_ADMISSION'
  /** Finding: the Level I on file is dated after the admission (MN bulletin 00-53-3: completed prior to admission for all referrals); recorded as done, late, by that screen. */
  | 'LEVEL_I_AFTER_ADMISSION'
  /** A transfer between NFs without PASRR records. */
  | 'NF_TRANSFER_NO_PASRR_RECORDS'
  /** Re-admitted on a PAS an earlier NF admission already used; a PAS is good for one admission (OH guide). */
  | 'PAS_ALREADY_USED'
  /** Admitted after the PAS's validity (180 days in OH) ran out. */
  | 'PAS_NOT_USED_WITHIN_VALIDITY'
  /** Back from a psychiatric hospital without a Level II: the status change is due (CT newsletters: within 14 days). */
  | 'RETURNED_FROM_PSYCHIATRIC_HOSPITAL'
  /** A significant change in the resident's condition. */
  | 'SIGNIFICANT_CHANGE'
  /** A time-limited categorical (emergency, respite, convalescent, delirium) expires. */
  | 'TIME_LIMITED_APPROVAL_EXPIRING';

/** A decision on one duplicate review. */
export type ResolveDuplicateReviewInput = {
  /** The decision. */
  decision: ReviewDecisionInput;
  /** The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The review (its `id` on `DuplicateReview`). */
  reviewId: Scalars['ID']['input'];
};

/** A valid reason the LOC was not submitted in time (CT newsletters). */
export type RetrospectiveReason =
  /** No LOC was ever submitted; review requested from admission. */
  | 'LOC_NEVER_SUBMITTED_SINCE_ADMISSION'
  /** Medicaid eligibility was granted from a date in the past. */
  | 'MEDICAID_PICKUP_DATE_IN_PAST';

/** A reviewer's decision. */
export type ReviewDecisionInput = {
  /** For SAME_PERSON: the candidate the record is (it survives the merge). */
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  /** Same person, or not. */
  outcome: ReviewOutcome;
  /** Why: kept in the people's history. */
  reason: Scalars['String']['input'];
};

/** Why a determination starts when it does (CT newsletters, reasons for screening). */
export type ReviewKind =
  /** From today forward. */
  | 'PROSPECTIVE'
  /** Renewing an approval that is expiring. */
  | 'RENEWAL'
  /** From a past date: needs a valid reason and a finalised Level II (CT). */
  | 'RETROSPECTIVE'
  /** For a transfer between facilities: may start up to 29 days before the transfer date (OH). */
  | 'TRANSFER';

/** A PAA's review of a Level I screen filed for a facility in its counties. */
export type ReviewLevelOneScreenInput = {
  /** The decision. */
  decision: LevelOneReviewDecision;
  /** The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What is incomplete or invalid (required when returning), or notes on a confirmation; at most 2000 characters. */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** Only when confirming: the day a complete and accurate screen reached the PAA, from which the PAS takes effect (OH guide: the PAA decides). Defaults to the screen's date, or for a screen returned incomplete to reviewedOn. Not before the screen or its return, not after reviewedOn. */
  receivedCompleteOn?: InputMaybe<Scalars['Date']['input']>;
  /** The day of the review; not before the screen, not in the future. */
  reviewedOn: Scalars['Date']['input'];
  /** The screen reviewed. */
  screenId: Scalars['ID']['input'];
};

/** A reviewer's decision on a possible duplicate. */
export type ReviewOutcome =
  /** Different people: remember every listed pair so they never alert again. */
  | 'NOT_SAME_PERSON'
  /** The registered record is the chosen candidate: merge it into the candidate. */
  | 'SAME_PERSON';

/** Where a duplicate review stands. */
export type ReviewStatus =
  /** Different people; the pairs are remembered and never proposed again. */
  | 'NOT_SAME_PERSON'
  /** Waiting for a reviewer. */
  | 'OPEN'
  /** Confirmed: the records were merged. */
  | 'SAME_PERSON';

/** Sex as recorded by the registering partner. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not recorded. */
  | 'UNKNOWN';

/** Who provides or arranges the specialized services a Level II found needed, by the state's policy. */
export type SpecializedServicesProvider =
  /** The Local Mental Health Authority arranges and/or provides them (MN bulletin 00-53-3, form B.6). */
  | 'LOCAL_MENTAL_HEALTH_AUTHORITY'
  /** Inpatient psychiatric care: referred to a psychiatric hospital or unit, not admitted to a NF until treated (IL VII.D.1; CO 8.401.207 D). */
  | 'PSYCHIATRIC_HOSPITAL'
  /** The state mental-health or developmental-disabilities authority provides or arranges them (CO 8.401.207 A.3.b; community mental health centers and community centered boards, 8.401.211 A). */
  | 'STATE_AUTHORITY';

/** How a stay ended. */
export type StayEndReason =
  /** The person died. */
  | 'DIED'
  /** A discharge. */
  | 'DISCHARGED'
  /** A transfer to another nursing facility; the next stay continues it. */
  | 'TRANSFERRED';

/** A Level of Care assessment: give the answers of exactly the instrument named. */
export type SubmitLevelOfCareAssessmentInput = {
  /** The day of the assessment; not in the future. */
  assessedOn: Scalars['Date']['input'];
  /**
   * Deprecated and ignored.
   * @deprecated Ignored: the county is the facility registry's county of the facility the person is related to. Leave it out.
   */
  county?: InputMaybe<Scalars['String']['input']>;
  /** The CSA answers, when the instrument is CSA. */
  csa?: InputMaybe<CsaResponsesInput>;
  /** The facility the assessment is for (a stay or Level I of the person there); omit to use the person's facility in the caller's counties. Its county is the registry's. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person assessed. */
  individualId: Scalars['ID']['input'];
  /** The instrument used. */
  instrument: AssessmentInstrument;
  /** The ULTC 100.2 scores, when the instrument is ULTC_100_2. */
  ultc100_2?: InputMaybe<UltcResponsesInput>;
};

/** A Level I screen as the hospital, nursing facility or PAA filed it. */
export type SubmitLevelOneScreenInput = {
  /** Where the person is now. */
  currentSetting: CurrentSetting;
  /** The person may be a danger to self or others (no categorical determination then, CO 8.401.195). */
  dangerToSelfOrOthers?: Scalars['Boolean']['input'];
  /** Dementia as the primary or a secondary diagnosis. */
  dementia?: DementiaDiagnosis;
  /** Indications of ID/DD or a related condition. */
  developmentalDisability: DevelopmentalDisabilityIndicationsInput;
  /**
   * Deprecated and ignored: the county is read from the facility registry.
   * @deprecated Ignored: the county is the facility registry's county of facilityId. Leave it out.
   */
  facilityCounty?: InputMaybe<Scalars['String']['input']>;
  /** Required. The filing facility (a hospital's or NF's own registered facility, one of its token's) or, for a PAA, the NF applied to in its counties. Its county is taken from the facility registry. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person has a legal representative, who is sent the notice of Level I findings that refer to a Level II (CO 8.401.193 A). The hub holds no representative: the notice is addressed to the representative of record. */
  hasRepresentative?: Scalars['Boolean']['input'];
  /** The hub's id of the person screened (from the individuals service). */
  individualId: Scalars['ID']['input'];
  /** Indications of serious mental illness. */
  mentalIllness: MentalIllnessIndicationsInput;
  /** Why the screen was filed. */
  reasonForScreening: ReasonForScreening;
  /** An exemption or categorical determination asked for, if any. */
  request?: InputMaybe<DeterminationRequestInput>;
  /** The date the screen was completed; not in the future. */
  screenedOn: Scalars['Date']['input'];
};

/** One scored area of the ULTC 100.2 (CO 10 CCR 2505-10 §8.401, A.). */
export type UltcAreaScoreInput = {
  /** The instrument's "Due To" conditions that justify a score of 1 or more, spelled as the instrument prints them (e.g. "Limited Range of Motion"). */
  dueTo?: Array<Scalars['String']['input']>;
  /** 0 = independent, 1 = oversight or reminding, 2 = hands-on or standby help, 3 = dependent. */
  score: Scalars['Int']['input'];
};

/** The ULTC 100.2 scores: six activities of daily living and two supervision areas. */
export type UltcResponsesInput = {
  /** Bathing. */
  bathing: UltcAreaScoreInput;
  /** Supervision: behaviors. */
  behaviors: UltcAreaScoreInput;
  /** Dressing. */
  dressing: UltcAreaScoreInput;
  /** Eating. */
  eating: UltcAreaScoreInput;
  /** Supervision: memory and cognition. */
  memoryCognition: UltcAreaScoreInput;
  /** Mobility. */
  mobility: UltcAreaScoreInput;
  /** Toileting. */
  toileting: UltcAreaScoreInput;
  /** Transferring. */
  transferring: UltcAreaScoreInput;
};

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

/** An unmerge of a record merged by mistake. */
export type UnmergeIndividualInput = {
  /** The record merged by mistake. */
  mergedId: Scalars['ID']['input'];
  /** Why (kept in history). */
  reason: Scalars['String']['input'];
};

export type ClaimBatchQueryVariables = Exact<{
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ClaimBatchQuery = { __typename?: 'Query', levelOfCareClaimBatch: { __typename?: 'ClaimBatchCoverage', lines: Array<{ __typename?: 'ClaimLineCoverage', line: string, coveredSpans: Array<{ __typename?: 'CoveredSpan', from: string, through: string, levelOfCareType: LevelOfCareType, determinationId: string }>, uncoveredSpans: Array<{ __typename?: 'UncoveredSpan', from: string, through: string, reason: UncoveredReason }> } | null> } };

export type ClaimBatchCoverageQueryVariables = Exact<{
  identifiers: Array<IdentifierInput> | IdentifierInput;
  lines: Array<ClaimLineInput> | ClaimLineInput;
}>;


export type ClaimBatchCoverageQuery = { __typename?: 'Query', individualsByIdentifiers: Array<{ __typename?: 'Individual', id: string, levelOfCareClaimCoverage: Array<{ __typename?: 'ClaimLineCoverage', line: string, coveredSpans: Array<{ __typename?: 'CoveredSpan', from: string, through: string, levelOfCareType: LevelOfCareType, determinationId: string }>, uncoveredSpans: Array<{ __typename?: 'UncoveredSpan', from: string, through: string, reason: UncoveredReason }> }> } | null> };


export const ClaimBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCareClaimBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareType"}},{"kind":"Field","name":{"kind":"Name","value":"determinationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimBatchQuery, ClaimBatchQueryVariables>;
export const ClaimBatchCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimBatchCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentifierInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individualsByIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareClaimCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCareType"}},{"kind":"Field","name":{"kind":"Name","value":"determinationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredSpans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimBatchCoverageQuery, ClaimBatchCoverageQueryVariables>;