/** A policy value with the place in the seeds (`/work/shared/domain/seeds/`) it comes from. */
export interface Cited<T> {
  value: T;
  source: string;
}

export type DurationUnit = "CALENDAR_DAYS" | "WORKING_DAYS";
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** The categorical determinations a Level I may request (MN bulletin 00-53-3, Level II form; CO 8.401.192 B). */
export const categoricalTypes = [
  "TERMINAL_ILLNESS",
  "SEVERE_PHYSICAL_ILLNESS",
  "DELIRIUM",
  "EMERGENCY",
  "RESPITE",
  "CONVALESCENT",
  "PRIMARY_DEMENTIA",
] as const;
export type CategoricalType = (typeof categoricalTypes)[number];

/**
 * Every duration, threshold and working-day rule screenings applies, for one state. Time-limited
 * categoricals carry their length; `null` means the determination has no fixed end.
 */
export interface PasrrPolicy {
  state: string;
  /** Exempted hospital discharge: physician-certified stay under this many days; a Resident Review is due on the last day. */
  hospitalExemptionDays: Cited<number>;
  /** Only the discharging hospital may file a hospital exemption (OH: form 7000 or HENS). */
  hospitalExemptionByDischargingHospitalOnly: Cited<boolean>;
  /** No hospital exemption for a person who normally resides out of state and comes from an out-of-state hospital (OH, since 2/1/2010). */
  hospitalExemptionRefusesOutOfStateResidentsOfOutOfStateHospitals: Cited<boolean>;
  categoricalDays: Record<CategoricalType, Cited<number | null>>;
  /** From referral to Level II determination. */
  levelTwoDue: Cited<Duration>;
  /** From the notice of a Level II determination to the last day an appeal may be filed. */
  appealDays: Cited<number>;
  /** A second appeal level for NF-services denials, filed within this many days of the first-level decision; null: one level only. */
  secondAppealDays: Cited<number | null>;
  /** A significant change in a resident's condition must be screened within this many days. */
  significantChangeReviewDays: Cited<number>;
  /** A PAS is good for one admission and must be used within this many days. */
  pasValidForAdmissionDays: Cited<number>;
  /** State holidays (YYYY-MM-DD) that are not working days; weekends never are. */
  holidays: Cited<string[]>;

  // Level II outcomes (issue 17, level-two-determination/level-two-outcome.rules.ts).
  /** A time-limited Level II approval given no end runs this many days from the determination; null: the authority names the end. */
  levelTwoTimeLimitedDays: Cited<number | null>;
  /** A provisional Level II admission: the final determination is due this long after it; null: the state has none. */
  provisionalFinalDue: Cited<Duration | null>;
  /** Who provides or arranges specialized services, by the authority that found them needed. */
  specializedServicesProvider: Record<"MH" | "DD", Cited<SpecializedServicesProvider>>;
}

/**
 * Who provides or arranges specialized services (CO 8.401.207 A.3.b: the state MH or DD authority;
 * MN bulletin 00-53-3: the Local Mental Health Authority; IL VII.D.1: specialized services are
 * inpatient psychiatric care, so a psychiatric hospital).
 */
export type SpecializedServicesProvider = "STATE_AUTHORITY" | "LOCAL_MENTAL_HEALTH_AUTHORITY" | "PSYCHIATRIC_HOSPITAL";
