import { everyRole, masked, only, scoped, type AccessMatrix } from "@pasrr/platform";

/**
 * Who may do what with the person index (issue 3, "Authority"; issue 7 §1; domain README,
 * "Who acts"). Enforced by the platform's matrix guard and rendered to docs/access-matrix.md.
 */

/** Those who file screenings or decide on them register people (and attach their own identifiers). */
const registrars = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed", HOSPITAL: "allowed", NURSING_FACILITY: "allowed" });
/** Search by name and birth date, duplicate reviews, merges, unmerges and history: the PAA and the state. */
const identityStewards = only({ STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed" });

export const individualsAccess: AccessMatrix = {
  "Query.individual": {
    roles: everyRole("allowed"),
    note: "By the hub id a partner was given; what each service adds to the person follows that service's rows.",
  },
  "Query.individualsByIdentifiers": {
    roles: everyRole(scoped("HELD_IDENTIFIERS"), { STATE_MEDICAID_AGENCY: "allowed" }),
    note: "Any partner looks up people by identifiers it already holds (the payment system's batch check).",
  },
  "Query.individuals": { roles: identityStewards },
  "Query.searchIndividuals": { roles: identityStewards, note: "Search by name and birth date finds people the partner does not yet hold an identifier for." },
  "Query.duplicateReviews": { roles: identityStewards },
  "Query.duplicateReview": { roles: identityStewards },
  "Query.individualsAuditEvents": { roles: only({ STATE_MEDICAID_AGENCY: "allowed" }), note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.registerIndividual": { roles: registrars },
  "Mutation.addIdentifier": {
    roles: { ...registrars, HOSPITAL: scoped("OWN_FACILITIES"), NURSING_FACILITY: scoped("OWN_FACILITIES") },
    note: "Facility record numbers only for the caller's own facilities." },
  "Mutation.endIdentifier": { roles: identityStewards },
  "Mutation.mergeIndividuals": { roles: identityStewards },
  "Mutation.unmergeIndividual": { roles: identityStewards },
  "Mutation.resolveDuplicateReview": { roles: identityStewards },
  "Individual.history": { roles: identityStewards, sensitive: "IDENTITY" },
  "Individual.birthDate": { roles: everyRole("allowed"), sensitive: "IDENTITY", note: "Needed by everyone to tell people apart; reads are audited." },
  "Identifier.value": {
    roles: everyRole(masked("SSN_LAST_FOUR"), { STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed" }),
    sensitive: "PHI",
    note: "Full SSNs only for the roles that work identity and eligibility (domain README, \"Identity\"); other identifiers show in full.",
  },
  "RegisterIndividualPayload.candidates": { roles: identityStewards, sensitive: "IDENTITY", note: "Match candidates reveal other people's records." },
  "RegisterIndividualPayload.review": { roles: identityStewards },
};
