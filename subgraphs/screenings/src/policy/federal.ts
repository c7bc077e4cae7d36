import type { PasrrPolicy } from "./policy.types.ts";

const readme = "domain/README.md";
const ohGuide = "oh-coa-pre-admission-review.txt";

/**
 * The federal baseline (42 CFR 483.100–138 as summarised in the domain README). Where the
 * federal rule leaves a number to the state, the baseline takes the figure the README gives.
 */
export const federalPolicy: PasrrPolicy = {
  state: "FEDERAL",
  hospitalExemptionDays: { value: 30, source: `${readme}, step 2: physician certifies a stay under 30 days; Resident Review due by day 30` },
  categoricalDays: {
    TERMINAL_ILLNESS: { value: null, source: `${readme}, step 2: terminal illness (physician: < 6 months to live), not time-limited` },
    SEVERE_PHYSICAL_ILLNESS: { value: null, source: `${readme}, step 2: severe physical illness (coma, ventilator, vegetative…)` },
    DELIRIUM: { value: 7, source: `${readme}, step 2: delirium is provisional, until it clears; reviewed after 7 days as an emergency-length provisional stay` },
    EMERGENCY: { value: 7, source: `${readme}, step 2: emergency (7 days)` },
    RESPITE: { value: 14, source: `${readme}, step 2: respite (time-limited; 14 days as in ${ohGuide}, "emergency/respite stay approval")` },
    CONVALESCENT: { value: 30, source: `${readme}, step 2: convalescent 30 days federally` },
    PRIMARY_DEMENTIA: { value: null, source: `${readme}, step 1: a primary dementia diagnosis excludes; not time-limited` },
  },
  levelTwoDue: {
    value: { amount: 9, unit: "WORKING_DAYS" },
    source: "mn-bulletin-00-53-3-level-ii-mental-illness.txt, Level II form section A: diagnostic assessment within 7-9 working days (the federal annual average)",
  },
  appealDays: { value: 30, source: "il-pas-mh-contractor-manual.txt, VIII. Determinations subject to appeal: within 30 days of the denial" },
  significantChangeReviewDays: { value: 14, source: "ct-pasrr-assessmentpro-newsletters.txt: significant PASRR Level I status changes are submitted within 14 days of change" },
  pasValidForAdmissionDays: { value: 180, source: `${ohGuide}: a PAS is only good for one NF admission and must be used within 180 days of determination` },
  holidays: { value: [], source: "configured per deployment (PASRR_STATE_HOLIDAYS)" },
};
