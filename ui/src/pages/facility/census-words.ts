import type { AdmissionSource, CensusEventKind, DischargeDestination, Payer, Presence, ResidentReviewReason } from "../../gql/graphql.ts";

/** The census's enums in the words a facility's admissions coordinator uses (the graph's descriptions, shortened). */
export const payerWords: Record<Payer, string> = {
  MEDICARE_PART_A: "Medicare Part A",
  MEDICAID: "Medicaid",
  MEDICAID_COPAY: "Medicaid co-pay only",
  MANAGED_CARE: "Managed care plan",
  PRIVATE: "Private pay or insurance",
  HOSPICE: "Hospice",
};

export const presenceWords: Record<Presence, string> = {
  IN_FACILITY: "In the facility",
  HOSPITAL_LEAVE: "On hospital leave (bed held)",
  LEAVE_OF_ABSENCE: "On leave of absence",
};

export const admissionSourceWords: Record<AdmissionSource, string> = {
  HOSPITAL_INPATIENT: "Hospital inpatient stay",
  HOSPITAL_EMERGENCY_OR_OBSERVATION: "Hospital emergency or observation",
  PSYCHIATRIC_UNIT: "Psychiatric hospital or unit",
  COMMUNITY: "Home or community",
  ANOTHER_NURSING_FACILITY: "Another nursing facility",
  OUT_OF_STATE: "Out of state",
};

export const destinationWords: Record<DischargeDestination, string> = {
  HOME_OR_COMMUNITY: "Home or community",
  ASSISTED_LIVING: "Assisted living",
  HOSPITAL: "Hospital (no bed held)",
  PSYCHIATRIC_HOSPITAL: "Psychiatric hospital or unit (no bed held)",
  OUT_OF_STATE: "Another state",
  ABSENT_WITHOUT_LEAVE: "Left without leave",
  OTHER: "Anywhere else",
};

export const eventKindWords: Record<CensusEventKind, string> = {
  ADMISSION: "Admission",
  HOSPITAL_LEAVE: "Hospital leave (bed-hold)",
  LEAVE_OF_ABSENCE: "Therapeutic leave / leave of absence",
  RETURN: "Return from leave",
  DISCHARGE: "Discharge",
  TRANSFER_OUT: "Transfer to another nursing facility",
  DEATH: "Death",
  PAYER_CHANGE: "Payer change",
  CORRECTION: "Correction of an earlier event",
};

export const reviewReasonWords: Record<ResidentReviewReason, string> = {
  HOSPITAL_EXEMPTION_EXPIRING: "Hospital exemption expires (day 30)",
  TIME_LIMITED_APPROVAL_EXPIRING: "Time-limited categorical expires",
  SIGNIFICANT_CHANGE: "Significant change in condition",
  NF_TRANSFER_NO_PASRR_RECORDS: "Transferred from another NF without PASRR records",
  PAS_NOT_USED_WITHIN_VALIDITY: "Admitted after the PAS's validity ran out",
  PAS_ALREADY_USED: "Readmitted on a PAS an earlier admission used",
  ADMITTED_WITHOUT_PASRR: "Admitted with no PAS (no Level I, exemption or categorical)",
  LEVEL_II_APPROVAL_EXPIRING: "Time-limited Level II approval ends",
  RETURNED_FROM_PSYCHIATRIC_HOSPITAL: "Back from a psychiatric hospital without a Level II",
  LEVEL_I_AFTER_ADMISSION: "Level I dated after the admission",
  LEVEL_II_OPEN_AT_ADMISSION: "Admitted while the Level II was still open",
  INITIAL_ADMISSION_REVIEW: "Initial review after a new admission (day 30–60)",
};

/** Options for a Mantine Select from a words table. */
export const optionsOf = <K extends string>(words: Record<K, string>) => (Object.entries(words) as [K, string][]).map(([value, label]) => ({ value, label }));

/** A person's name as the coordinator reads it, or the hub id when the name is not on record. */
export const personName = (person: { id: string; givenName?: string | null; familyName?: string | null }) =>
  [person.givenName, person.familyName].filter(Boolean).join(" ") || person.id;
