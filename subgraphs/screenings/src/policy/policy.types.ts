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
}
