import { only, scoped, type AccessMatrix } from "@pasrr/subgraph-kit/access/access-matrix";

/**
 * Who may do what with Level of Care (issue 7 §1; domain README, "Who acts", step 5 and 6).
 * The payment system reads coverage, dates and identifiers, never assessment detail.
 */

/** The PAA for people in its counties (OH COA guide, "Level of Care") and the state. */
const assessors = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES") });
/**
 * Determinations and assessments: the state; a PAA for its counties; a facility (or hospital) for
 * what names one of its facilities. Not the payment system, which reads coverage instead
 * (levelofcare issue, item 7). The row filters are the stores' determinationWhere and assessmentWhere.
 */
const deciderAndCarers = only({
  STATE_MEDICAID_AGENCY: "allowed",
  PAA: scoped("COUNTIES"),
  NURSING_FACILITY: scoped("OWN_FACILITIES"),
  HOSPITAL: scoped("OWN_FACILITIES"),
});
/** Coverage: the payment system's question; the state, PAAs for their counties, a facility for its own. No clinical detail. */
const coverageReaders = only({
  MEDICAID_PAYMENT: "allowed",
  STATE_MEDICAID_AGENCY: "allowed",
  PAA: scoped("COUNTIES"),
  NURSING_FACILITY: scoped("OWN_FACILITIES"),
});

export const levelOfCareAccess: AccessMatrix = {
  "Query.levelOfCareDetermination": { roles: deciderAndCarers, note: "Out of scope reads as none (null)." },
  "Individual.levelOfCareDeterminations": { roles: deciderAndCarers, note: "The history, as of any date; out-of-scope rows are left out." },
  "Query.levelOfCareRenewalsDue": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), NURSING_FACILITY: scoped("OWN_FACILITIES") }),
    note: "CT: renewals are submitted 7–10 days before expiry.",
  },
  "Query.levelOfCareAuditEvents": { roles: only({ STATE_MEDICAID_AGENCY: "allowed" }), note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.submitLevelOfCareAssessment": { roles: assessors },
  "Query.levelOfCareAssessmentOptions": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed" }),
    note: "Reference data for the assessors' forms (the instruments' accepted answers); no person.",
  },
  "Query.levelOfCareAssessmentPreview": {
    roles: assessors,
    note: "The live score of a form: the same rules and the same access as submitting, nothing stored.",
  },
  "Mutation.determineLevelOfCare": { roles: assessors },
  "Individual.levelOfCareCoverage": {
    roles: coverageReaders,
    note: "Covered and uncovered days with the determination ids: what the payment system needs, nothing clinical.",
  },
  "Individual.coverageExplanation": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", NURSING_FACILITY: scoped("OWN_FACILITIES") }),
    note: "The payment answer as a readable timeline for the state agency and the NF (its own residents): reason codes, rules and record ids, nothing clinical (issue 16).",
  },
  "Individual.levelOfCareClaimCoverage": { roles: coverageReaders, note: "The claim batch: each claim line answered like levelOfCareCoverage." },
  "ClaimBatchCoverage.lines": {
    roles: coverageReaders,
    note: "`Query.levelOfCareClaimBatch`: each claim line answered like levelOfCareCoverage, the whole batch at once (issue 20).",
  },
  "Individual.levelOfCareAssessments": { roles: deciderAndCarers, sensitive: "CLINICAL", note: "Assessment details are clinical." },
  "LevelOfCareAssessment.findings": {
    roles: deciderAndCarers,
    sensitive: "PHI",
    note: "The functional answers behind the decision (ADLs, behaviours, cognition).",
  },
  "LevelOfCareAssessment.meetsNursingFacilityLevelOfCare": { roles: deciderAndCarers, sensitive: "CLINICAL" },
};
