import { only, scoped, type AccessMatrix, type AccessRule } from "@pasrr/subgraph-kit/access/access-matrix";

/**
 * Who may do what in screenings (issue 7 §1; domain README, "Who acts"; architecture.md,
 * "Identity and authority"). The scopes are applied by record-scope.access.ts in each query.
 */

/** Clinical content (indications, outcomes, determinations): everyone in scope but the payment system. */
const clinicalReaders: AccessRule["roles"] = only({
  STATE_MEDICAID_AGENCY: "allowed",
  PAA: scoped("COUNTIES"),
  MH_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
  DD_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
  NURSING_FACILITY: scoped("OWN_FACILITIES"),
  HOSPITAL: scoped("OWN_SUBMISSIONS"),
});
/** Resident Reviews concern residents: the facility, its PAA and the state. */
const reviewReaders = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), NURSING_FACILITY: scoped("OWN_FACILITIES") });
const stateOnly = only({ STATE_MEDICAID_AGENCY: "allowed" });
const noPayment = 'Clinical: the payment system reads no clinical detail (domain README, "Who acts").';

export const screeningsAccess: AccessMatrix = {
  "Query.levelOneScreen": { roles: clinicalReaders, note: noPayment },
  "Query.levelTwoReferrals": { roles: clinicalReaders, note: noPayment },
  "Query.levelTwoReferral": { roles: clinicalReaders, note: noPayment },
  "Query.residentReviewsDue": { roles: reviewReaders },
  "Query.overdueResidentReviews": { roles: reviewReaders },
  "Query.residentReviewFindings": { roles: reviewReaders, note: "Compliance findings against the facility (the NF's own, a PAA's counties')." },
  "Query.levelOneScreensToReview": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES") }),
    note: "The reviewers' worklist, scoped as Mutation.reviewLevelOneScreen (OH guide; IL manual IV.3).",
  },
  "Query.screeningsAuditEvents": { roles: stateOnly, note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.submitLevelOneScreen": {
    roles: only({ HOSPITAL: scoped("OWN_SUBMISSIONS"), NURSING_FACILITY: scoped("OWN_FACILITIES"), PAA: scoped("COUNTIES") }),
    note: "Hospitals, NFs and PAAs file Level I screens (domain README, step 1).",
  },
  "Mutation.recordLevelTwoDetermination": {
    roles: only({ MH_AUTHORITY: scoped("ASSIGNED_REFERRALS"), DD_AUTHORITY: scoped("ASSIGNED_REFERRALS") }),
    note: "The MH authority for SMI, the DD authority for ID/DD (domain README, step 3).",
  },
  "Mutation.reportResidentEvent": { roles: reviewReaders, note: "Also the facilities census feed, as the NF of the event (service identity)." },
  "Mutation.reviewLevelOneScreen": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES") }),
    note: "A PAA confirms or returns a Level I filed in its counties (OH guide; IL manual IV.3).",
  },
  "Query.categoricalRequests": {
    roles: only({
      STATE_MEDICAID_AGENCY: "allowed",
      PAA: scoped("COUNTIES"),
      MH_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
      DD_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
    }),
    note: "The deciding authority's worklist; the state's policy decides which of these roles decides which categoricals (categoricals.rules.ts), the others see an empty list.",
  },
  "Mutation.decideCategorical": {
    roles: only({
      STATE_MEDICAID_AGENCY: "allowed",
      PAA: scoped("COUNTIES"),
      MH_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
      DD_AUTHORITY: scoped("ASSIGNED_REFERRALS"),
    }),
    note: "Only the role the state's policy names decides (CO 8.401.192: the URC, as the PAA; MN bulletin: the LMHA; OH guide: OhioMHAS and/or DODD); any other is refused naming the rule. The filer never decides its own request.",
  },
  "Mutation.fileAppeal": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), HOSPITAL: scoped("OWN_SUBMISSIONS"), NURSING_FACILITY: scoped("OWN_FACILITIES") }),
  },
  "Mutation.decideAppeal": { roles: stateOnly, note: 'Final agency action on appeals is the state\'s (domain README, "Who acts").' },
  "Individual.levelOneScreens": { roles: clinicalReaders, sensitive: "CLINICAL", note: noPayment },
  "Individual.pasrrCompliance": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), NURSING_FACILITY: scoped("OWN_FACILITIES"), MEDICAID_PAYMENT: "allowed" }),
    note: "Compliance periods: reason codes and record ids only, no clinical content, so the payment system may read them; levelofcare's payment gate reads them through @requires (issue 16).",
  },
  "ClaimBatchCoverage.pasrrFacts": {
    roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES"), NURSING_FACILITY: scoped("OWN_FACILITIES"), MEDICAID_PAYMENT: "allowed" }),
    note: "Router-only (`@inaccessible`): the claim batch's compliance periods, every person at once, each period scoped as `Individual.pasrrCompliance`'s (issue 20).",
  },
  "PasrrStanding.currentOutcome": {
    roles: clinicalReaders,
    sensitive: "CLINICAL",
    note: "The rest of the standing (dates, next action) is for anyone with a right to the person.",
  },
  "PasrrStanding.screenId": { roles: clinicalReaders },
  "PasrrStanding.pendingReferralIds": { roles: clinicalReaders },
  "LevelOneScreen.mentalIllness": { roles: clinicalReaders, sensitive: "PHI", note: "Diagnoses and treatment history." },
  "LevelOneScreen.developmentalDisability": { roles: clinicalReaders, sensitive: "PHI", note: "Diagnoses and history." },
  "CategoricalDecision.reason": { roles: clinicalReaders, sensitive: "CLINICAL", note: "Why the categorical was granted or denied." },
  "LevelTwoDetermination.conditionConfirmed": { roles: clinicalReaders, sensitive: "PHI", note: "The evaluation's finding." },
  "LevelTwoDetermination.seriousMentalIllnessPrimary": { roles: clinicalReaders, sensitive: "PHI" },
  "LevelTwoDetermination.recommendedServices": { roles: clinicalReaders, sensitive: "PHI" },
  // Notices (issue 17): PHI; each read only by those it is addressed to (access/notice-scope.access.ts).
  "Individual.pasrrNotices": {
    roles: clinicalReaders,
    sensitive: "PHI",
    note: "Level II notices: a facility reads only those addressed to it; a PAA by county; an authority its referrals' (CO 8.401.206 E; IL VII.E.3.b).",
  },
  "Individual.levelOneNotices": {
    roles: clinicalReaders,
    sensitive: "PHI",
    note: "Level I notices (CO 8.401.193 A–B): scoped as their screen, whose filer sends them.",
  },
  "LevelTwoDetermination.notices": {
    roles: clinicalReaders,
    sensitive: "PHI",
    note: "Within a determination the caller may read, only the notices addressed to it (a facility) or in its scope.",
  },
  "Facility.imdShare": { roles: only({ STATE_MEDICAID_AGENCY: "allowed", PAA: scoped("COUNTIES") }), note: "CO 10 CCR 2505-10 8.401: the IMD census rule." },
  "ImdReview.facilitiesOverThreshold": { roles: stateOnly },
};
