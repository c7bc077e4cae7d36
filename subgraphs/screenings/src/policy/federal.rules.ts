import { federalCategoricals } from "./categoricals.rules.ts";
import type { PasrrPolicy } from "./policy.model.ts";

const readme = "domain/README.md";
const ohGuide = "oh-coa-pre-admission-review.txt";
const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";

/**
 * The federal baseline (42 CFR 483.100–138 as summarised in the domain README). Where the
 * federal rule leaves a number to the state, the baseline takes the figure the README gives.
 */
export const federalPolicy: PasrrPolicy = {
  state: "FEDERAL",
  hospitalExemptionDays: { value: 30, source: `${readme}, step 2: physician certifies a stay under 30 days; Resident Review due by day 30` },
  hospitalExemptionByDischargingHospitalOnly: {
    value: false,
    source: `${readme}, step 2: the README names no filer for the exemption; a hospital, NF or PAA acting for the facility may file`,
  },
  hospitalExemptionRefusesOutOfStateResidentsOfOutOfStateHospitals: {
    value: false,
    source: `${readme}, step 2: no residence condition in the federal summary`,
  },
  categoricalDays: {
    TERMINAL_ILLNESS: { value: null, source: `${readme}, step 2: terminal illness (physician: < 6 months to live), not time-limited` },
    SEVERE_PHYSICAL_ILLNESS: { value: null, source: `${readme}, step 2: severe physical illness (coma, ventilator, vegetative…)` },
    // No seed gives a federal length: the README says "provisional, until it clears". The review falls
    // due when the NF reports the delirium cleared (DELIRIUM_CLEARED); a state may add an outer limit.
    DELIRIUM: { value: null, source: `${readme}, step 2: delirium (provisional, until it clears); no fixed length, a Resident Review is due when it clears` },
    EMERGENCY: { value: 7, source: `${readme}, step 2: emergency (7 days)` },
    RESPITE: { value: 14, source: `${readme}, step 2: respite (time-limited; 14 days as in ${ohGuide}, "emergency/respite stay approval")` },
    CONVALESCENT: { value: 30, source: `${readme}, step 2: convalescent 30 days federally` },
    PRIMARY_DEMENTIA: { value: null, source: `${readme}, step 1: a primary dementia diagnosis excludes; not time-limited` },
  },
  dualReviewSequence: {
    value: "CONCURRENT",
    source: `${ohGuide}, "How is the effective date of the PAS determined?": "If the individual needed a Further Review through both OMHAS and DODD, the PAS is effective the date the second state authority made its determination" (both review, in either order); mn-bulletin-00-53-3-level-ii-mental-illness.txt, Level I screen: "the LMHA and mental retardation authority must both be notified"`,
  },
  categoricals: federalCategoricals,
  imdPrimarySmiShare: {
    value: true,
    source:
      "co-10-ccr-2505-10-8.401-level-of-care.txt, 8.401.42: more than 50% of all patients with a primary SMI is the primary IMD criterion (the only seed with a numeric IMD test; the baseline takes it)",
  },
  levelTwoDue: {
    value: { amount: 9, unit: "WORKING_DAYS" },
    source:
      "mn-bulletin-00-53-3-level-ii-mental-illness.txt, Level II form section A: diagnostic assessment within 7-9 working days (the federal annual average)",
  },
  appealDays: { value: 30, source: "il-pas-mh-contractor-manual.txt, VIII. Determinations subject to appeal: within 30 days of the denial" },
  secondAppealDays: {
    value: null,
    source: "one level of PASRR appeal: only the IL manual (VIII.B) gives a second level; CO, MN and OH name none in the seeds",
  },
  significantChangeReviewDays: {
    value: 14,
    source: "ct-pasrr-assessmentpro-newsletters.txt: significant PASRR Level I status changes are submitted within 14 days of change",
  },
  pasValidForAdmissionDays: { value: 180, source: `${ohGuide}: a PAS is only good for one NF admission and must be used within 180 days of determination` },
  holidays: { value: [], source: "none configured: PASRR_STATE_HOLIDAYS adds closures to the holiday calendar per deployment" },

  // Level II outcomes (issue 17).
  levelTwoTimeLimitedDays: { value: null, source: "no seed gives a federal length for a time-limited Level II approval: the authority names its last day" },
  provisionalFinalDue: { value: null, source: "no seed gives a federal provisional Level II admission (only MN's Level II form, B.4)" },
  specializedServicesProvider: {
    MH: {
      value: "STATE_AUTHORITY",
      source: `${co}, 8.401.207 A.3.b: the State Mental Health or ID/DD authorities shall provide or arrange for the specialized services`,
    },
    DD: {
      value: "STATE_AUTHORITY",
      source: `${co}, 8.401.207 A.3.b: the State Mental Health or ID/DD authorities shall provide or arrange for the specialized services`,
    },
  },

  // ── Clocks, calendars and Resident Review triggers (issue 17, clocks) ──
  holidayCalendar: {
    value: "US",
    source: `${readme}, step 3 counts Level II time frames in working days without naming holidays: the baseline skips the US federal holidays, from the date-holidays library's calendar`,
  },
  levelTwoRenewalLeadDays: { value: null, source: `${readme}, step 4: a Resident Review is due "when a time-limited approval expires"; no lead time` },
  readmissionMinimumStayDays: {
    value: null,
    source: `${ohGuide}, "Are old PASs still valid?": someone who returns to the community needs a new PAS; no re-admission allowance`,
  },
  readmissionMaximumAbsenceDays: {
    value: null,
    source: `${ohGuide}, "Are old PASs still valid?": someone who returns to the community needs a new PAS; no re-admission allowance`,
  },
  psychiatricReturnReviewDays: {
    value: null,
    source: `${readme}, step 4 starts no review on a return from a psychiatric hospital; a significant change is reported as one`,
  },
  levelOneBeforeAdmission: { value: true, source: `${readme}, step 1: the Level I screen is filed "before admission"` },
  initialAdmissionReview: {
    value: null,
    source: `${readme}, step 4: Resident Reviews follow a significant change, an expiring approval or a transfer with no records; no review of every new admission`,
  },
  levelTwoBeforeAdmission: {
    value: "ALL_PAYERS",
    source: `${readme}: everyone applying to a Medicaid-certified NF is screened "whatever pays for the stay"; step 3: the Level II answers whether the person needs NF services, so admission waits for it`,
  },
};
