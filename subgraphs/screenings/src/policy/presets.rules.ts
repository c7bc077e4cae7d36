import { federalPolicy } from "./federal.rules.ts";
import type { PolicyState } from "@pasrr/calendar/state-time-zones";
import { stateCategoricals, withCategoricals, type CategoricalOverride } from "./categoricals.rules.ts";
import type { CategoricalType, Cited, PasrrPolicy } from "./policy.model.ts";

const oh = "oh-coa-pre-admission-review.txt";
const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
const il = "il-pas-mh-contractor-manual.txt";
const mn = "mn-bulletin-00-53-3-level-ii-mental-illness.txt";
const ct = "ct-pasrr-assessmentpro-newsletters.txt";

type Override = Partial<Omit<PasrrPolicy, "categoricalDays" | "categoricals" | "state">> & {
  categoricalDays?: Partial<Record<CategoricalType, Cited<number | null>>>;
  /** The state's categoricals section (categoricals.rules.ts): what exists, from where, who decides. */
  categoricals?: CategoricalOverride;
};

const preset = (state: string, override: Override): PasrrPolicy => ({
  ...federalPolicy,
  ...override,
  state,
  categoricalDays: { ...federalPolicy.categoricalDays, ...override.categoricalDays },
  categoricals: withCategoricals(federalPolicy.categoricals, override.categoricals),
});

/** State presets: the federal baseline with each state's own figures from the seeds. */
export const policyPresets: Record<PolicyState, PasrrPolicy> = {
  FEDERAL: federalPolicy,
  OH: preset("OH", {
    hospitalExemptionDays: { value: 30, source: `${oh}: a Hospital Exemption has no validity after 30 days; longer stays need a Resident Review` },
    hospitalExemptionByDischargingHospitalOnly: {
      value: true,
      source: `${oh}, convalescent exemption details: "Only the discharging hospital can complete the 7000 or HENS"`,
    },
    hospitalExemptionRefusesOutOfStateResidentsOfOutOfStateHospitals: {
      value: true,
      source: `${oh}, Hospital Exemption FAQ: people who normally reside out-of-state going from an out-of-state hospital to an Ohio NF cannot be a hospital exemption on/after 2/01/2010`,
    },
    categoricalDays: {
      EMERGENCY: { value: 7, source: `${oh}: time-limited approval for a 7-day emergency admission; RR no later than the 7th day` },
      RESPITE: { value: 14, source: `${oh}: time-limited approval for a 14-day respite admission; RR no later than the 14th day` },
    },
    pasValidForAdmissionDays: { value: 180, source: `${oh}: a PAS is only good for one NF admission and must be used within 180 days of determination` },
    categoricals: stateCategoricals.OH,
    // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
    holidayCalendar: {
      value: "US-OH",
      source: `${oh}: "Pre-Admission Review has one business day" names no holidays; Ohio's public holidays come from the date-holidays library`,
    },
    psychiatricReturnReviewDays: {
      value: null,
      source: `${oh}, "Process if a current Nursing Facility resident becomes hospitalized": after a psychiatric stay the NF "needs to consider" a significant change (code #7); the NF decides, so no review starts by itself`,
    },
    levelTwoBeforeAdmission: {
      value: "ALL_PAYERS",
      source: `${oh}, Further Review: "the individual may not be admitted to a NF until a determination is made by OMHAS and/or DODD"`,
    },
  }),
  CO: preset("CO", {
    categoricalDays: {
      CONVALESCENT: { value: 60, source: `${co}, 8.401.192 B.3.b: a Level II referral if the individual remains in the NF longer than 60 days` },
    },
    levelTwoDue: {
      value: { amount: 10, unit: "WORKING_DAYS" },
      source: `${co}, 8.401.202 C: the Level II contractor completes the evaluation within 10 working days of the referral`,
    },
    categoricals: stateCategoricals.CO,
    // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
    holidayCalendar: {
      value: "US-CO",
      source: `${co}, 8.401.202 C: "within 10 working days" names no holidays; Colorado's public holidays come from the date-holidays library`,
    },
    levelTwoBeforeAdmission: {
      value: "NON_MEDICAID",
      source: `${co}, 8.401.183 C: individuals other than Medicaid eligible recipients who require a Level II "shall have the Level II evaluation prior to admission" (Medicaid days start after it: 8.401.183 B)`,
    },
  }),
  IL: preset("IL", {
    categoricalDays: {
      CONVALESCENT: { value: 120, source: `${il}, definitions "Convalescent Care": a period not to exceed 120 days` },
      DELIRIUM: {
        value: 40,
        source: `${il}, IV.H, note on post-admission screenings: provisional admission in delirium until it clears; a Level II assessment should be conducted by the 40th day of stay`,
      },
    },
    imdPrimarySmiShare: {
      value: false,
      source: `${il}, II, "Institute for Mental Disease": IMD status rests on whether 50% or more of residents with mental illness have a "medical override" (another diagnosis needing NF care); the hub holds no medical-override finding, so it does not answer with another state's share`,
    },
    initialAdmissionReview: {
      value: { afterDay: 30, beforeDay: 60 },
      source: `${il}, IX.A.1: "Resident reviews shall be performed on all persons admitted into a licensed nursing facility after the 30th day of stay and prior to the 60th day of stay" (for people the PAS/MH Level II assessed: the review checks the services it found)`,
    },
    dualReviewSequence: {
      value: "DD_FIRST",
      source: `${il}, IV.D.3: "The PAS/DD assessment must always be completed before mental health PAS screens"; IV.J.4: a dual case is "first referred to the DD/PAS agent"`,
    },
    levelTwoDue: {
      value: { amount: 3, unit: "WORKING_DAYS" },
      source: `${il}, time frames: face-to-face within 72 hours or three business days of the referral`,
    },
    appealDays: { value: 30, source: `${il}, VIII. Determinations subject to appeal: within 30 days of the denial` },
    secondAppealDays: {
      value: 30,
      source: `${il}, VIII.B: a denied appeal of the need for NF services may go to HFS for a physician review; the complaint must be made within 30 days of the denial`,
    },
    pasValidForAdmissionDays: {
      value: 90,
      source: `${il}, VI.C.2: the PAS/MH Level II screen is valid for three (3) months (90) calendar days from the date of the determination`,
    },
    categoricals: stateCategoricals.IL,
    // Level II outcomes (issue 17).
    levelTwoTimeLimitedDays: {
      value: 180,
      source: `${il}, VII.C: time-limited eligibility, for people who can acquire the functional abilities "within the time frame of a six month stay"`,
    },
    specializedServicesProvider: {
      ...federalPolicy.specializedServicesProvider,
      MH: {
        value: "PSYCHIATRIC_HOSPITAL",
        source: `${il}, VII.D.1: specialized services (inpatient psychiatric care) needed: referred to a local psychiatric hospital, psychiatric unit or state hospital`,
      },
    },
    // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
    holidayCalendar: {
      value: "US-IL",
      source: `${il}, time frames: "three business days" names no holidays; Illinois's public holidays come from the date-holidays library`,
    },
    readmissionMinimumStayDays: {
      value: 60,
      source: `${il}, IV.H.3: a person who has resided in a nursing facility "for at least 60 days" … may be readmitted without a PAS/MH assessment`,
    },
    readmissionMaximumAbsenceDays: {
      value: 60,
      source: `${il}, IV.H.3: … returning to a facility "after an absence of not more than 60 days" may be readmitted without a PAS/MH assessment`,
    },
    levelTwoBeforeAdmission: {
      value: "ALL_PAYERS",
      source: `${il}, V.B.1: all individuals suspected of having a severe mental illness must be assessed by PAS/MH before admission "regardless of payment source"`,
    },
  }),
  MN: preset("MN", {
    categoricalDays: {
      RESPITE: { value: 30, source: `${mn}, Level II form section B.3.d: respite care (less than 30 days per calendar year)` },
      CONVALESCENT: { value: 30, source: `${mn}, Level II form section B.3.a: convalescent care, less than 30 days stay, with MD written authorization` },
      DELIRIUM: {
        value: null,
        source: `${mn}, Definitions, Delirium: admission is provisional and limited to the time in which the delirium remains clinically evident ("UNKNOWN TIME ADMISSION")`,
      },
    },
    levelTwoDue: {
      value: { amount: 9, unit: "WORKING_DAYS" },
      source: `${mn}, Level II form section A: diagnostic assessment within 7-9 working days and prior to admission`,
    },
    categoricals: stateCategoricals.MN,
    // Level II outcomes (issue 17).
    provisionalFinalDue: {
      value: { amount: 9, unit: "WORKING_DAYS" },
      source: `${mn}, Level II form section B.4: a provisional admission; the diagnostic assessment within 7-9 working days and the final determination then`,
    },
    specializedServicesProvider: {
      ...federalPolicy.specializedServicesProvider,
      MH: {
        value: "LOCAL_MENTAL_HEALTH_AUTHORITY",
        source: `${mn}, Background: if specialized services are needed, the LMHA is responsible for arranging and/or providing them (form B.6)`,
      },
    },
    // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
    holidayCalendar: {
      value: "US-MN",
      source: `${mn}, Level II form section A: "within 7-9 working days" names no holidays; Minnesota's public holidays come from the date-holidays library`,
    },
    levelOneBeforeAdmission: {
      value: true,
      source: `${mn}, The pre-admission screening process: "A Level I screening must be completed prior to admission for all referrals."`,
    },
    levelTwoBeforeAdmission: {
      value: "ALL_PAYERS",
      source: `${mn}, Level II form section A: the diagnostic assessment is completed "prior to admission"; all persons are reviewed "regardless of funding source"`,
    },
  }),
  CT: preset("CT", {
    significantChangeReviewDays: { value: 14, source: `${ct}: significant PASRR Level I status changes are submitted within 14 days of change` },
    // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
    holidayCalendar: {
      value: "US-CT",
      source: `${ct}: business hours are "M-F" and offices close on state holidays ("Closed on 7/4 for Independence Day"); Connecticut's public holidays come from the date-holidays library`,
    },
    levelTwoRenewalLeadDays: {
      value: 7,
      source: `${ct}, PASRR reminders: subsequent Level II screens are submitted "no later than 7-10 days prior to the current approval expiring"; the review is due 7 days before the approval's last day, the latest the range allows`,
    },
    psychiatricReturnReviewDays: {
      value: 14,
      source: `${ct}, Reasons for Screening: a resident may return from a psychiatric hospital without a Level II and "the NF has 14 days to submit for the status change"`,
    },
  }),
};

/** The states with a pack; the platform's list, which also gives each its time zone (calendar/state-time-zones.ts). */
export { policyStates } from "@pasrr/calendar/state-time-zones";
