import { everyRole, only, scoped, type AccessMatrix } from "@pasrr/platform";

/**
 * Who may do what with Level of Care (issue 7 §1; domain README, "Who acts", step 5 and 6).
 * The payment system reads coverage, dates and identifiers, never assessment detail.
 */

/** The PAA for people in its counties (OH COA guide, "Level of Care") and the state. */
const assessors = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES") });
/** Assessment detail is clinical: the deciders and the facilities caring for the person. */
const assessmentReaders = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed", NURSING_FACILITY: "allowed", HOSPITAL: "allowed" });

export const levelOfCareAccess: AccessMatrix = {
  "Query.levelOfCareDetermination": { roles: everyRole("allowed"), note: "A determination's dates and type; no clinical detail." },
  "Query.levelOfCareRenewalsDue": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), NURSING_FACILITY: scoped("OWN_FACILITIES") }),
    note: "CT: renewals are submitted 7–10 days before expiry.",
  },
  "Query.levelOfCareAuditEvents": { roles: only({ STATE_MEDICAID_AGENCY: "allowed" }), note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.submitLevelOfCareAssessment": { roles: assessors },
  "Mutation.determineLevelOfCare": { roles: assessors },
  "Individual.levelOfCareCoverage": {
    roles: only({ MEDICAID_PAYMENT: "allowed", STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed", NURSING_FACILITY: scoped("OWN_FACILITIES") }),
    note: "Covered and uncovered days with the determination ids: what the payment system needs, nothing clinical.",
  },
  "Individual.levelOfCareAssessments": { roles: assessmentReaders, sensitive: "CLINICAL", note: "Assessment details are clinical." },
  "LevelOfCareAssessment.findings": { roles: assessmentReaders, sensitive: "PHI", note: "The functional answers behind the decision (ADLs, behaviours, cognition)." },
  "LevelOfCareAssessment.meetsNursingFacilityLevelOfCare": { roles: assessmentReaders, sensitive: "CLINICAL" },
};
