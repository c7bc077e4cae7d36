import type { CurrentSetting } from "../generated/prisma/enums.ts";
import type { HolidayRegion } from "./state-holidays.rules.ts";

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
  /** How a dual (MI + ID/DD) case is sequenced: both authorities at once, or the DD authority first (IL IV.D.3). */
  dualReviewSequence: Cited<"CONCURRENT" | "DD_FIRST">;
  /** Which categoricals the state has, where each may come from, who decides them and by when (categoricals.rules.ts). */
  categoricals: CategoricalPolicy;
  /**
   * The state's IMD test is the share of residents with a primary serious mental illness (CO 8.401.42); false where
   * the state's seed defines another test the hub cannot compute (IL §II: residents with MI lacking a medical override).
   */
  imdPrimarySmiShare: Cited<boolean>;
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

  // Level II outcomes (issue 17, level-two-determination/level-two-outcome.rules.ts).
  /** A time-limited Level II approval given no end runs this many days from the determination; null: the authority names the end. */
  levelTwoTimeLimitedDays: Cited<number | null>;
  /** A provisional Level II admission: the final determination is due this long after it; null: the state has none. */
  provisionalFinalDue: Cited<Duration | null>;
  /** Who provides or arranges specialized services, by the authority that found them needed. */
  specializedServicesProvider: Record<"MH" | "DD", Cited<SpecializedServicesProvider>>;
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
  /** A Resident Review of every new admission with a mental-health Level II, after day `afterDay` and before day `beforeDay` of the stay (IL IX.A.1); null: none. */
  initialAdmissionReview: Cited<{ afterDay: number; beforeDay: number } | null>;
}

/**
 * The hub roles that may decide a categorical (domain README, "Who acts"): the Level II
 * authorities, or the agency that reviews Level I screens and Level of Care in the facility's
 * counties (CO's Utilization Review Contractor does the work the hub gives a PAA).
 */
export type CategoricalDecider = "PAA" | "STATE_MEDICAID_AGENCY" | "MH_AUTHORITY" | "DD_AUTHORITY";

/** What falls due when a time-limited categorical ends: a Resident Review (a new Level I), or a referral for a Level II evaluation. */
export type CategoricalFollowUp = "RESIDENT_REVIEW" | "LEVEL_II_REFERRAL";

/** One categorical in one state: whether it exists, the settings it may come from, what its end starts (its length is `categoricalDays`). */
export interface CategoricalCondition {
  /** The state has this categorical; a request for one it lacks is not applied (the screen goes to Level II). */
  offered: Cited<boolean>;
  /** The settings (`currentSetting`) the person may come from; null: any. */
  from: Cited<CurrentSetting[] | null>;
  /** The request must carry a physician's written certification of a stay under 30 days. */
  physicianCertification: Cited<boolean>;
  followUp: Cited<CategoricalFollowUp>;
}

export interface CategoricalPolicy {
  /**
   * Who decides a requested categorical, by the indications found: every role named must grant it
   * (with two, it is granted on the day the second does). `rule` is the docs/rules.md row a caller
   * who may not decide is refused with.
   */
  decidedBy: { rule: string; MI: Cited<CategoricalDecider[]>; DD: Cited<CategoricalDecider[]>; DUAL: Cited<CategoricalDecider[]> };
  /** From the request (the screen's date) to the day the decision is due. */
  decisionDue: Cited<Duration>;
  types: Record<CategoricalType, CategoricalCondition>;
}

/**
 * Who provides or arranges specialized services (CO 8.401.207 A.3.b: the state MH or DD authority;
 * MN bulletin 00-53-3: the Local Mental Health Authority; IL VII.D.1: specialized services are
 * inpatient psychiatric care, so a psychiatric hospital).
 */
export type SpecializedServicesProvider = "STATE_AUTHORITY" | "LOCAL_MENTAL_HEALTH_AUTHORITY" | "PSYCHIATRIC_HOSPITAL";
