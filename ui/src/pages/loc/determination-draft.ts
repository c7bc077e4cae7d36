import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { DetermineLevelOfCareInput, LevelOfCareDecision, LevelOfCareType, RetrospectiveReason, ReviewKind } from "../../gql/graphql.ts";

/** The schema's choices, typed by codegen, with the words the form shows. */
export const levelOfCareTypes: { value: LevelOfCareType; label: string }[] = [
  { value: "NF_INTERMEDIATE", label: "Nursing facility, intermediate (ILOC)" },
  { value: "NF_SKILLED", label: "Nursing facility, skilled (SLOC)" },
  { value: "ICF_IID", label: "ICF/IID" },
  { value: "HOSPITAL", label: "Hospital" },
];
export const reviewKinds: { value: ReviewKind; label: string }[] = [
  { value: "PROSPECTIVE", label: "Prospective: from today forward" },
  { value: "RENEWAL", label: "Renewal of an expiring approval" },
  { value: "RETROSPECTIVE", label: "Retrospective: from a past date" },
  { value: "TRANSFER", label: "Transfer between facilities" },
];
export const retrospectiveReasons: { value: RetrospectiveReason; label: string }[] = [
  { value: "MEDICAID_PICKUP_DATE_IN_PAST", label: "Medicaid eligibility granted from a past date" },
  { value: "LOC_NEVER_SUBMITTED_SINCE_ADMISSION", label: "No LOC submitted since admission" },
];

/** What the form holds, as text fields hold it; blank optional fields are left out of the input. */
export interface DeterminationDraft {
  levelOfCareType: LevelOfCareType;
  decision: LevelOfCareDecision;
  effectiveFrom: CalendarDate;
  effectiveThrough: string;
  medicaidId: string;
  medicaidApplicationFiledOn: string;
  reviewKind: ReviewKind;
  retrospectiveReason: RetrospectiveReason;
  transferDate: string;
}

/** A new draft: the decision the assessment supports (the hub checks it: an approval must rest on an assessment that meets LOC). */
export const blankDetermination = (today: CalendarDate, meets: boolean): DeterminationDraft => ({
  levelOfCareType: "NF_INTERMEDIATE",
  decision: meets ? "APPROVED" : "DENIED",
  effectiveFrom: today,
  effectiveThrough: "",
  medicaidId: "",
  medicaidApplicationFiledOn: "",
  reviewKind: "PROSPECTIVE",
  retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
  transferDate: "",
});

const optional = (text: string) => (text.trim() ? text.trim() : null);

export function determinationInput(
  individualId: string,
  facilityId: string | null,
  assessmentId: string,
  draft: DeterminationDraft,
): DetermineLevelOfCareInput {
  return {
    individualId,
    facilityId,
    assessmentId,
    levelOfCareType: draft.levelOfCareType,
    decision: draft.decision,
    effectiveFrom: draft.effectiveFrom,
    effectiveThrough: optional(draft.effectiveThrough),
    medicaidId: optional(draft.medicaidId),
    medicaidApplicationFiledOn: optional(draft.medicaidApplicationFiledOn),
    reviewKind: draft.reviewKind,
    retrospectiveReason: draft.reviewKind === "RETROSPECTIVE" ? draft.retrospectiveReason : null,
    transferDate: draft.reviewKind === "TRANSFER" ? optional(draft.transferDate) : null,
  };
}
