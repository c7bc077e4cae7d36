/**
 * The closed list of reasons a day is not payable, in the order the payment gate checks them:
 * each unpayable day carries the first rule that failed (issue 16). Each cites its source; the
 * table in docs/partners/medicaid-payment.md repeats them. The NOT_REQUIRED_* days need no LOC.
 */
const oh = "OH COA guide";
const co = "CO 10 CCR 2505-10";
const il = "IL PAS/MH manual";

export const uncoveredReasonSources = {
  NOT_AT_FACILITY: "Census: the person was not at the facility asked about (facilities' stays; CT PathTracker).",
  NOT_MEDICAID_ELIGIBLE: `Not Medicaid's day: private pay on the census payer record (${co} 8.401.02: LOC only for a Medicaid-eligible person or a filed application; .03: payment only for eligible clients).`,
  ADVERSE_LEVEL_II_NO_NF_NEED: `A Level II found no need for NF services; it cannot be countermanded through claims payment (${co} 8.401.202 D, .207 B.1; ${il} VII.D.4; MN bulletin 00-53-3, Level II form).`,
  ADVERSE_LEVEL_II_SPECIALIZED_SERVICES: `A Level II found specialized services the NF cannot give (${co} 8.401.207 C, D; ${il} VII.D.1: inpatient psychiatric care).`,
  ADVERSE_LEVEL_II_APPEAL_PENDING: `An adverse Level II is under appeal; it stands until final agency action (${co} 8.401.204, .202 E; ${il} VIII).`,
  NOT_REQUIRED_BED_HOLD: `${oh}, "Level of Care": "A LOC is not needed for bed-hold days" (within the year's bed-hold days).`,
  BED_HOLD_LIMIT_REACHED: `${oh}, "Process if a current NF resident becomes hospitalized": a LOC is needed once the bed-hold days for the year are used (limit: LOC_BED_HOLD_DAYS_PER_YEAR).`,
  NOT_REQUIRED_HOSPICE: `${oh}, "Level of Care": "A LOC is not needed while an individual on Medicaid is enrolled with hospice".`,
  NOT_REQUIRED_MEDICAID_COPAY: `${oh}, "Level of Care": "A LOC is not needed if an individual only used Medicaid as a co-payer".`,
  MANAGED_CARE_PLAN_DECIDES: `${oh}, "Medicaid managed care plans": the plan decides whether a LOC is needed and pays the day; not answered as a fee-for-service day.`,
  PASRR_MISSING: `No Level I, exemption or categorical on file for the day (${oh}, "What should a NF do if there was no Pre-Admission screening?", OAC 5160-3-15.1; ${co} 8.401.183 A; MN bulletin 00-53-3, "Non-compliance penalties").`,
  PAS_INCOMPLETE: `The PAA returned the screen incomplete (${oh}, "How is the effective date of the PAS determined?": the day a complete and accurate screen was sent).`,
  LEVEL_II_PENDING: `A Level II is required and not determined (${oh}: the PAS is effective on the determination's date; ${co} 8.401.183 B).`,
  EXEMPTION_EXPIRED: `An exemption, categorical or time-limited Level II ended without a Resident Review (${oh}, "Hospital Exemption": no validity after 30 days; Resident Review codes #3–#5).`,
  LOC_BEFORE_PASRR_MET: `A LOC covers the day but PASRR was met only later: days are paid from the PASRR-met date (${oh}, "Level of Care": "The LOC effective date cannot precede the date the PASRR requirements were met"; ${co} 8.401.183 B; 42 CFR 483.122).`,
  NEW_LOC_REQUIRED_AFTER_HOSPICE: `The LOC in force predates the end of hospice: "a new LOC is needed when an individual on Medicaid dis-enrolls from hospice" (${oh}, "Level of Care").`,
  DENIED: "The latest determination for the day denied the level of care.",
  SUPERSEDED: "The approval that held the day was superseded by a determination that does not cover it.",
  NOT_YET_EFFECTIVE: "An approval exists, but its effective date is after the day.",
  EXPIRED: `An approval ended before the day and no renewal covers it (CT newsletters: renewals 7–10 days before expiry).`,
  NO_DETERMINATION: `No Level of Care determination applies to the day (${oh}, "Level of Care": a LOC is necessary for Medicaid reimbursement).`,
} as const;

export type UncoveredReason = keyof typeof uncoveredReasonSources;
export const uncoveredReasons = Object.keys(uncoveredReasonSources) as UncoveredReason[];

/** PASRR reasons the gate takes from screenings' compliance periods. */
export const adverseReasons = ["ADVERSE_LEVEL_II_NO_NF_NEED", "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES", "ADVERSE_LEVEL_II_APPEAL_PENDING"] as const satisfies readonly UncoveredReason[];
export const notMetReasons = ["PASRR_MISSING", "PAS_INCOMPLETE", "LEVEL_II_PENDING", "EXEMPTION_EXPIRED"] as const satisfies readonly UncoveredReason[];
