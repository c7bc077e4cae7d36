import type { HolidayRegion } from "./state-holidays.ts";

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
  /** Extra days (YYYY-MM-DD) that are not working days, besides weekends and the holiday calendar: closures a deployment adds (PASRR_STATE_HOLIDAYS). */
  holidays: Cited<string[]>;

  // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
  /** Whose public holidays are not working days: the state's own holiday calendar, or the US federal holidays for FEDERAL. */
  holidayCalendar: Cited<HolidayRegion>;
  /** A subsequent screen is due this many days before a time-limited Level II approval ends (CT: 7–10 days); null: due on its last day. */
  levelTwoRenewalLeadDays: Cited<number | null>;
  /** A re-admission needs no new PAS after at least this many days in a NF (IL IV.H.3: 60); null: every re-admission from the community needs one. */
  readmissionMinimumStayDays: Cited<number | null>;
  /** … when the person returns after an absence of at most this many days (IL IV.H.3: 60); null with the above. */
  readmissionMaximumAbsenceDays: Cited<number | null>;
  /** On return from a psychiatric hospital, the NF submits the status change within this many days (CT: 14); null: no review is started. */
  psychiatricReturnReviewDays: Cited<number | null>;
  /** A Level I must be dated on or before the admission: a later one is a finding (MN: "prior to admission for all referrals"). */
  levelOneBeforeAdmission: Cited<boolean>;
  /** Whose Level II must be determined before admission: everyone's, or only of people not on Medicaid (CO 8.401.183 C); an open one at admission is a finding. */
  levelTwoBeforeAdmission: Cited<"ALL_PAYERS" | "NON_MEDICAID">;
}
