import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type {
  AssessmentInstrument,
  BehaviorStatus,
  CsaFrequency,
  CsaResponsesInput,
  EscalationLikelihood,
  ImpairmentLevel,
  SubmitLevelOfCareAssessmentInput,
  UltcResponsesInput,
} from "../../gql/graphql.ts";

/** The person being assessed, as picked from the renewals list or a search. */
export interface PersonToAssess {
  id: string;
  name: string;
  /** The facility the assessment is for, when the pick names one (a renewal's facility). */
  facilityId: string | null;
}

/** The ULTC 100.2's scored areas, in the order the instrument prints them (CO 10 CCR 2505-10 §8.401, A.). */
export const ultcAreas = ["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"] as const;
export type UltcArea = (typeof ultcAreas)[number];
/** The CSA's ADL and health-condition areas (CO §8.401.16.B.1.ii.1.a–g). */
export const csaAdlAreas = ["mobility", "transferring", "bathing", "dressing", "toileting", "eating", "healthCondition"] as const;
export type CsaAdlArea = (typeof csaAdlAreas)[number];

export const areaLabels: Record<UltcArea | CsaAdlArea, string> = {
  bathing: "Bathing",
  dressing: "Dressing",
  toileting: "Toileting",
  mobility: "Mobility",
  transferring: "Transferring",
  eating: "Eating",
  behaviors: "Supervision: behaviors",
  memoryCognition: "Supervision: memory and cognition",
  healthCondition: "Health condition",
};

/** The schema's enum values, typed by codegen, for the form's choices. */
export const csaFrequencies: CsaFrequency[] = ["NONE", "UP_TO_MONTHLY", "MONTHLY_TO_WEEKLY", "MORE_THAN_WEEKLY"];
export const impairmentLevels: ImpairmentLevel[] = ["NONE", "MILD", "MODERATE", "SEVERE"];
export const behaviorStatuses: BehaviorStatus[] = ["NONE", "PREVIOUSLY", "CURRENTLY"];
export const escalationLikelihoods: EscalationLikelihood[] = ["UNLIKELY", "LIKELY", "HIGHLY_LIKELY"];

/** A value of an enum in words: MONTHLY_TO_WEEKLY → "monthly to weekly". */
export const inWords = (value: string) => value.toLowerCase().replace(/_/g, " ");

const independent = { score: 0, dueTo: [] as string[] };
export const blankUltc = (): UltcResponsesInput => ({
  bathing: independent,
  dressing: independent,
  toileting: independent,
  mobility: independent,
  transferring: independent,
  eating: independent,
  behaviors: independent,
  memoryCognition: independent,
});

export const blankCsa = (): CsaResponsesInput => ({
  adlCriteriaMet: { mobility: [], transferring: [], bathing: [], dressing: [], toileting: [], eating: [], healthCondition: [] },
  behavior: {
    injuryAggressionOrDestruction: "NONE",
    verbalAggressionCurrently: false,
    threatToSafety: false,
    cueing: "NONE",
    physicalIntervention: "NONE",
    plannedIntervention: "NONE",
    escalationIfServicesWithdrawn: "UNLIKELY",
  },
  cognition: { memory: "NONE", attention: "NONE", problemSolving: "NONE", planning: "NONE", judgment: "NONE" },
  communication: { frequentDifficultyExpressingNeeds: false, rarelyOrNeverExpressesOrVeryHardToUnderstand: false },
});

/** The answers of one instrument, kept apart so switching instruments keeps what was filled in. */
export interface AssessmentDraft {
  instrument: AssessmentInstrument;
  assessedOn: CalendarDate;
  ultc: UltcResponsesInput;
  csa: CsaResponsesInput;
}

export const blankDraft = (today: CalendarDate): AssessmentDraft => ({ instrument: "ULTC_100_2", assessedOn: today, ultc: blankUltc(), csa: blankCsa() });

/** The input the hub scores (preview) and records (submit): the same object for both, the named instrument's answers only. */
export function assessmentInput(person: PersonToAssess, draft: AssessmentDraft): SubmitLevelOfCareAssessmentInput {
  return {
    individualId: person.id,
    facilityId: person.facilityId,
    instrument: draft.instrument,
    assessedOn: draft.assessedOn,
    ...(draft.instrument === "ULTC_100_2" ? { ultc100_2: draft.ultc } : { csa: draft.csa }),
  };
}
