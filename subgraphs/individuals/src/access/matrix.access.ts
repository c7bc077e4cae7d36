import { everyRole, masked, only, scoped, type AccessMatrix, type AccessRule } from "@pasrr/subgraph-kit/access/access-matrix";
import { roles } from "@pasrr/auth/roles";
import { lookupIdentifierTypes } from "./identifier-lookup.access.ts";

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
    note: "A partner looks people up by identifiers it holds, of the types its role may use (table below); another type is FORBIDDEN, naming it. Every person found is audited.",
  },
  "Query.levelOfCareClaimBatch": {
    roles: only({
      STATE_MEDICAID_AGENCY: "allowed",
      MEDICAID_PAYMENT: scoped("HELD_IDENTIFIERS"),
      PAA: scoped("HELD_IDENTIFIERS"),
      NURSING_FACILITY: scoped("HELD_IDENTIFIERS"),
    }),
    note: "The claim batch: each line's Medicaid ID looked up as by `individualsByIdentifiers` (same bounds, every person found audited); the roles that read coverage (levelofcare).",
  },
  "Query.individuals": { roles: identityStewards },
  "Query.searchIndividuals": { roles: identityStewards, note: "Search by name and birth date finds people the partner does not yet hold an identifier for." },
  "Query.duplicateReviews": { roles: identityStewards },
  "Query.duplicateReview": { roles: identityStewards },
  "Query.individualsAuditEvents": { roles: only({ STATE_MEDICAID_AGENCY: "allowed" }), note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.registerIndividual": { roles: registrars },
  "Mutation.addIdentifier": {
    roles: { ...registrars, HOSPITAL: scoped("OWN_FACILITIES"), NURSING_FACILITY: scoped("OWN_FACILITIES") },
    note: "Facility record numbers only for the caller's own facilities.",
  },
  "Mutation.endIdentifier": { roles: identityStewards },
  "Mutation.mergeIndividuals": { roles: identityStewards },
  "Mutation.unmergeIndividual": { roles: identityStewards },
  "Mutation.resolveDuplicateReview": { roles: identityStewards },
  "Individual.history": { roles: identityStewards, sensitive: "IDENTITY" },
  "Individual.birthDate": { roles: everyRole("allowed"), sensitive: "IDENTITY", note: "Needed by everyone to tell people apart; reads are audited." },
  ...personalDetails(),
  "Identifier.value": {
    roles: everyRole(masked("SSN_LAST_FOUR"), { STATE_MEDICAID_AGENCY: "allowed", PAA: "allowed" }),
    sensitive: "PHI",
    note: 'Full SSNs only for the roles that work identity and eligibility (domain README, "Identity"); other identifiers show in full.',
  },
  "RegisterIndividualPayload.candidates": { roles: identityStewards, sensitive: "IDENTITY", note: "Match candidates reveal other people's records." },
  "RegisterIndividualPayload.review": { roles: identityStewards },
};

/**
 * Names and addresses are PHI (HIPAA 45 CFR 164.514(b)(2)(i)(A)–(B): names and geographic
 * subdivisions smaller than a state identify a person): every role that may see the person reads
 * them, and every read is audited (red-team finding 1). The audit collects ids per request, so a
 * 10,000-person batch still writes one row.
 */
function personalDetails(): Record<string, AccessRule> {
  const fields = ["givenName", "middleName", "familyName", "otherNames", "addressLine1", "addressLine2", "city", "postalCode"];
  return Object.fromEntries(
    fields.map((field) => [`Individual.${field}`, { roles: everyRole("allowed"), sensitive: "PHI", note: "Identifies the person; reads are audited." }]),
  );
}

/** The identifier-type table of `Query.individualsByIdentifiers`, for docs/access-matrix.md. */
export const individualsAccessAppendix: string[] = [
  "### Identifier types each role may look people up by (`individualsByIdentifiers`)",
  "",
  'A lookup by an identifier answers "who is this?" for whoever holds the value, so each role is answered only for the identifier',
  "types its own work hands it; a request naming another type is refused with `FORBIDDEN`, the message naming the type and its",
  "position. A request may name at most `IDENTIFIER_LOOKUP_MAX_DISTINCT` different identifiers (default 100), or",
  "`IDENTIFIER_LOOKUP_MAX_DISTINCT_BATCH` (default 10,000) for the payment system and the state, which check in batches.",
  "Every person found is recorded in the audit trail (`Query.individualsByIdentifiers` with the person's id).",
  "",
  "| role | identifier types | why |",
  "| --- | --- | --- |",
  ...roles.map((role) => `| ${role} | ${lookupIdentifierTypes[role].types.join(", ")} | ${lookupIdentifierTypes[role].why} |`),
];
