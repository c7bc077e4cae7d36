import type { SubgraphName } from "@pasrr/config/service-names";
import { inScope } from "./access-matrix.operations.ts";

/**
 * How the matrix test reaches each sensitive or guarded field: a selection through the gateway
 * and, for fields of entities owned elsewhere, the same field through the owning subgraph's
 * `_entities` (as the router would ask). The records are the demo cast's, inside the test
 * tokens' scope, so allowed and scoped roles read real rows.
 */
export interface FieldCheck {
  coordinate: string;
  subgraph: SubgraphName;
  gateway: string;
  /** Defaults to `gateway`, for fields reachable from the subgraph's own root fields. */
  direct?: string;
  /** Reached through a non-null root field: asked in a request of its own (see RootOperation.alone). */
  alone?: boolean;
}

const person = inScope.person.id;
const facility = inScope.facility.id;
/** Demo records (seeds of each subgraph): person 2's stay at facility 2, and person 2's dual Level I screen. */
const stay = "0193a000-0000-7000-8000-00000000a002";
const screen = "0193a000-0000-7000-8000-00000000b002";

const onPerson = (selection: string) => `individual(id: "${person}") { ${selection} }`;
const personEntity = (selection: string) => `_entities(representations: $person) { ... on Individual { ${selection} } }`;
const coverage = `levelOfCareCoverage(from: "2026-10-01", to: "2026-10-31", providerNumber: "${inScope.facility.providerNumber}") { __typename }`;
const claimLine = `{ line: "1", medicaidId: "DEMO00000000", issuer: "OH", providerNumber: "${inScope.facility.providerNumber}", from: "2026-10-01", to: "2026-10-31" }`;
const explanation = `coverageExplanation(from: "2026-10-01", to: "2026-10-31", providerNumber: "${inScope.facility.providerNumber}") { __typename }`;
/** A ULTC 100.2 with every area scored 0 (independent): a preview the in-scope PAA may score. */
const ultcAllIndependent = `{ ${["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"].map((area) => `${area}: { score: 0 }`).join(", ")} }`;
const claims = `levelOfCareClaimCoverage(lines: [${claimLine}]) { __typename }`;

export const fieldChecks: FieldCheck[] = [
  { coordinate: "Identifier.value", subgraph: "individuals", gateway: onPerson("identifiers { type value }") },
  { coordinate: "Individual.birthDate", subgraph: "individuals", gateway: onPerson("birthDate") },
  ...["givenName", "middleName", "familyName", "addressLine1", "addressLine2", "city", "postalCode"].map((field) => ({
    coordinate: `Individual.${field}`,
    subgraph: "individuals" as const,
    gateway: onPerson(field),
  })),
  { coordinate: "Individual.otherNames", subgraph: "individuals", gateway: onPerson("otherNames { familyName }") },
  { coordinate: "Individual.history", subgraph: "individuals", gateway: onPerson("history { __typename }") },

  {
    coordinate: "Individual.levelOneScreens",
    subgraph: "screenings",
    gateway: onPerson("levelOneScreens { id }"),
    direct: personEntity("levelOneScreens { id }"),
  },
  {
    coordinate: "PasrrStanding.currentOutcome",
    subgraph: "screenings",
    gateway: onPerson("pasrr { currentOutcome }"),
    direct: personEntity("pasrr { currentOutcome }"),
  },
  { coordinate: "PasrrStanding.screenId", subgraph: "screenings", gateway: onPerson("pasrr { screenId }"), direct: personEntity("pasrr { screenId }") },
  {
    coordinate: "PasrrStanding.pendingReferralIds",
    subgraph: "screenings",
    gateway: onPerson("pasrr { pendingReferralIds }"),
    direct: personEntity("pasrr { pendingReferralIds }"),
  },
  { coordinate: "LevelOneScreen.mentalIllness", subgraph: "screenings", gateway: `levelOneScreen(id: "${screen}") { mentalIllness { __typename } }` },
  {
    coordinate: "LevelOneScreen.developmentalDisability",
    subgraph: "screenings",
    gateway: `levelOneScreen(id: "${screen}") { developmentalDisability { __typename } }`,
  },
  // Person 2's screen asked for a categorical that its authority denied (the demo seed).
  { coordinate: "CategoricalDecision.reason", subgraph: "screenings", gateway: `levelOneScreen(id: "${screen}") { categoricalDecisions { reason } }` },
  ...["conditionConfirmed", "seriousMentalIllnessPrimary", "recommendedServices"].map((field) => ({
    coordinate: `LevelTwoDetermination.${field}`,
    subgraph: "screenings" as const,
    gateway: `levelTwoReferrals(first: 20) { edges { node { determination { ${field} } } } }`,
    alone: true,
  })),
  // Notices (issue 17): on the person, and within a determination.
  { coordinate: "Individual.pasrrNotices", subgraph: "screenings", gateway: onPerson("pasrrNotices { id }"), direct: personEntity("pasrrNotices { id }") },
  {
    coordinate: "Individual.levelOneNotices",
    subgraph: "screenings",
    gateway: onPerson("levelOneNotices { id }"),
    direct: personEntity("levelOneNotices { id }"),
  },
  {
    coordinate: "LevelTwoDetermination.notices",
    subgraph: "screenings",
    gateway: "levelTwoReferrals(first: 20) { edges { node { determination { notices { id } } } } }",
    alone: true,
  },
  {
    coordinate: "Facility.imdShare",
    subgraph: "screenings",
    gateway: `facility(id: "${facility}") { imdShare { __typename } }`,
    direct: `_entities(representations: $facility) { ... on Facility { imdShare { __typename } } }`,
  },
  {
    coordinate: "ImdReview.facilitiesOverThreshold",
    subgraph: "screenings",
    gateway: "imdReview { facilitiesOverThreshold { __typename } }",
    alone: true,
    direct: "_entities(representations: $imdReview) { ... on ImdReview { facilitiesOverThreshold { __typename } } }",
  },

  { coordinate: "Individual.levelOfCareCoverage", subgraph: "levelofcare", gateway: onPerson(coverage), direct: personEntity(coverage) },
  { coordinate: "Individual.coverageExplanation", subgraph: "levelofcare", gateway: onPerson(explanation), direct: personEntity(explanation) },
  {
    coordinate: "Individual.pasrrCompliance",
    subgraph: "screenings",
    gateway: onPerson("pasrrCompliance { reason }"),
    direct: personEntity("pasrrCompliance { reason }"),
  },
  { coordinate: "Individual.levelOfCareClaimCoverage", subgraph: "levelofcare", gateway: onPerson(claims), direct: personEntity(claims) },
  {
    coordinate: "ClaimBatchCoverage.lines",
    subgraph: "levelofcare",
    gateway: `levelOfCareClaimBatch(lines: [${claimLine}]) { lines { __typename } }`,
    alone: true,
    direct: "_entities(representations: $claimBatch) { ... on ClaimBatchCoverage { lines { __typename } } }",
  },
  {
    coordinate: "Individual.levelOfCareDeterminations",
    subgraph: "levelofcare",
    gateway: onPerson("levelOfCareDeterminations { id }"),
    direct: personEntity("levelOfCareDeterminations { id }"),
  },
  {
    coordinate: "Individual.levelOfCareAssessments",
    subgraph: "levelofcare",
    gateway: onPerson("levelOfCareAssessments { id }"),
    direct: personEntity("levelOfCareAssessments { id }"),
  },
  {
    coordinate: "LevelOfCareAssessment.findings",
    subgraph: "levelofcare",
    gateway: onPerson("levelOfCareAssessments { findings { met } }"),
    direct: personEntity("levelOfCareAssessments { findings { met } }"),
  },
  {
    coordinate: "LevelOfCareAssessment.meetsNursingFacilityLevelOfCare",
    subgraph: "levelofcare",
    gateway: onPerson("levelOfCareAssessments { meetsNursingFacilityLevelOfCare }"),
    direct: personEntity("levelOfCareAssessments { meetsNursingFacilityLevelOfCare }"),
  },

  { coordinate: "Individual.stays", subgraph: "facilities", gateway: onPerson("stays { id }"), direct: personEntity("stays { id }") },
  { coordinate: "Individual.currentStay", subgraph: "facilities", gateway: onPerson("currentStay { id }"), direct: personEntity("currentStay { id }") },
  { coordinate: "Facility.census", subgraph: "facilities", gateway: `facility(id: "${facility}") { census(on: "2026-11-01") { __typename } }` },
  { coordinate: "Facility.residents", subgraph: "facilities", gateway: `facility(id: "${facility}") { residents { __typename } }` },
  ...["admissionSource", "dischargeDestination", "admittedFrom { id }", "events { id }"].map((selection) => ({
    coordinate: `Stay.${selection.split(" ")[0]}`,
    subgraph: "facilities" as const,
    gateway: `stay(id: "${stay}") { ${selection} }`,
  })),
  ...["admissionSource", "dischargeDestination"].map((field) => ({
    coordinate: `CensusEvent.${field}`,
    subgraph: "facilities" as const,
    gateway: `stay(id: "${stay}") { events { ${field} } }`,
  })),
];

/** The representations `direct` selections use, per subgraph (each sends what its `@requires` needs). */
export const representations: Record<string, { definition: string; value: unknown }> = {
  person: {
    definition: "$person: [_Any!]!",
    value: [{ __typename: "Individual", id: person, mergedIds: [], pasrrCompliance: [], stays: [], identifiers: [] }],
  },
  facility: {
    definition: "$facility: [_Any!]!",
    value: [{ __typename: "Facility", id: facility, county: inScope.facility.county, currentResidentIds: [person] }],
  },
  claimBatch: {
    definition: "$claimBatch: [_Any!]!",
    value: [
      {
        __typename: "ClaimBatchCoverage",
        id: "access-matrix",
        claimBatch: JSON.stringify({
          v: 1,
          people: [[person, []]],
          lines: [[0, "1", "DEMO00000000", inScope.facility.providerNumber, "2026-10-01", "2026-10-31"]],
        }),
        pasrrFacts: "[[]]",
        stayFacts: "[[]]",
      },
    ],
  },
  imdReview: {
    definition: "$imdReview: [_Any!]!",
    value: [
      { __typename: "ImdReview", asOf: "2026-11-01", nursingFacilities: [{ id: facility, county: inScope.facility.county, currentResidentIds: [person] }] },
    ],
  },
};

/**
 * Root query fields that return scoped records, asked for demo records that exist (person 2's
 * screen, referral and stay in Butler; person 1's determination in Hamilton): the out-of-scope
 * check asks them with tokens scoped elsewhere (Franklin) and expects nothing back.
 */
export const scopedRootChecks: FieldCheck[] = [
  { coordinate: "Query.levelOneScreen", subgraph: "screenings", gateway: `levelOneScreen(id: "${screen}") { id outcome }` },
  { coordinate: "Query.levelTwoReferral", subgraph: "screenings", gateway: `levelTwoReferral(id: "0193a000-0000-7000-8000-00000000c002") { id authority }` },
  { coordinate: "Query.levelTwoReferrals", subgraph: "screenings", gateway: `levelTwoReferrals(first: 50) { edges { node { id } } }`, alone: true },
  { coordinate: "Query.categoricalRequests", subgraph: "screenings", gateway: `categoricalRequests(first: 50) { edges { node { id } } }`, alone: true },
  { coordinate: "Query.levelOneScreensToReview", subgraph: "screenings", gateway: `levelOneScreensToReview(first: 50) { edges { node { id } } }`, alone: true },
  {
    coordinate: "Query.residentReviewsDue",
    subgraph: "screenings",
    gateway: `residentReviewsDue(asOf: "2026-10-01", withinDays: 366) { edges { node { id } } }`,
    alone: true,
  },
  {
    coordinate: "Query.overdueResidentReviews",
    subgraph: "screenings",
    gateway: `overdueResidentReviews(asOf: "2027-12-01") { edges { node { id } } }`,
    alone: true,
  },
  {
    coordinate: "Query.residentReviewFindings",
    subgraph: "screenings",
    gateway: `residentReviewFindings(since: "2020-01-01", first: 100) { edges { node { id } } }`,
    alone: true,
  },
  {
    coordinate: "Query.levelOfCareDetermination",
    subgraph: "levelofcare",
    gateway: `levelOfCareDetermination(id: "0193a000-0000-7000-8000-00000000c001") { id }`,
  },
  {
    coordinate: "Query.levelOfCareRenewalsDue",
    subgraph: "levelofcare",
    gateway: `levelOfCareRenewalsDue(asOf: "2027-03-01", withinDays: 30) { edges { node { id } } }`,
    alone: true,
  },
  {
    coordinate: "Query.levelOfCareAssessmentPreview",
    subgraph: "levelofcare",
    gateway: `levelOfCareAssessmentPreview(input: { individualId: "${person}", facilityId: "${facility}", instrument: ULTC_100_2, assessedOn: "2026-11-01", ultc100_2: ${ultcAllIndependent} }) { meetsNursingFacilityLevelOfCare }`,
    alone: true,
  },
  { coordinate: "Query.stay", subgraph: "facilities", gateway: `stay(id: "${stay}") { id }` },
];

/** The same person by key only, as anyone may send straight to a subgraph (no `@external` value, no vouching). */
export const keyOnlyPerson = { definition: "$person: [_Any!]!", value: [{ __typename: "Individual", id: person }] };
