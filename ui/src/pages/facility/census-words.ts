import type { AdmissionSource, CensusEventKind, DischargeDestination, Payer, Presence } from "../../gql/graphql.ts";

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

/** Options for a Mantine Select from a words table. */
export const optionsOf = <K extends string>(words: Record<K, string>) => (Object.entries(words) as [K, string][]).map(([value, label]) => ({ value, label }));

/** A person's name as the coordinator reads it, or the hub id when the name is not on record. */
export const personName = (person: { id: string; givenName?: string | null; familyName?: string | null }) =>
  [person.givenName, person.familyName].filter(Boolean).join(" ") || person.id;
