import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { randomUUID } from "node:crypto";
import { graphql, type GraphQLAnswer } from "../support/graphql.ts";
import type { TestHub } from "../support/hub.ts";

/**
 * What the red team used against main with ordinary partner tokens (scope findings 1–3), on the
 * demo cast: Tobias (Butler county, resident of Riverbend, dual Level II determined, SMI not
 * primary) and Wren (Franklin, MI referral open) are the victims; the attackers hold Hamilton.
 */
export const maple = demoFacilities[0]!; // Hamilton NF
export const riverbend = demoFacilities[1]!; // Butler NF
export const cedar = demoFacilities[2]!; // Franklin NF
/** The demo registry's Hamilton hospital (subgraphs/facilities/src/demo/seed.ts). */
export const mercyHospital = "0193a000-0000-7000-8000-00000000f101";
export const orla = demoPeople[0]!; // Hamilton, Maple
export const tobias = demoPeople[1]!; // Butler, Riverbend
export const wren = demoPeople[2]!; // Franklin

export const submitScreen = `mutation($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id outcome facilityCounty } } }`;
export const reportEvent = `mutation($input: ReportResidentEventInput!) { reportResidentEvent(input: $input) { residentReview { id facilityId dueOn } } }`;
export const assess = `mutation($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`;
export const determine = `mutation($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id decision } } }`;
export const register = `mutation($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`;
export const addIdentifier = `mutation($input: AddIdentifierInput!) { addIdentifier(input: $input) { individual { id } } }`;
export const standing = `query($id: ID!) { individual(id: $id) { pasrr { currentOutcome screenId pendingReferralIds nursingFacilityAdmissionAllowed } } }`;
export const reviewsDue = `query { residentReviewsDue(asOf: "2026-11-01", withinDays: 60) { edges { node { id facilityId individual { id } } } } }`;
export const determinations = `query($id: ID!) { individual(id: $id) { levelOfCareDeterminations { id decision } } }`;

const noMentalIllness = { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
const noDevelopmentalDisability = {
  diagnosis: false,
  history: false,
  presentingEvidence: false,
  referredByDdAgency: false,
  relatedConditionOnsetBefore22: false,
};

/** A Level I with no indications: the outcome that would let an NF admit without Level II. */
export const noIndicationsScreen = (individualId: string, facilityId: string, extra: Record<string, unknown> = {}) => ({
  individualId,
  facilityId,
  screenedOn: "2026-11-02",
  reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
  currentSetting: "HOSPITAL_INPATIENT",
  mentalIllness: noMentalIllness,
  developmentalDisability: noDevelopmentalDisability,
  ...extra,
});

const area = (score: number) => ({ score, dueTo: score > 0 ? ["Weakness"] : [] });
export const meetsLevelOfCare = {
  bathing: area(2),
  dressing: area(2),
  toileting: area(0),
  mobility: area(0),
  transferring: area(0),
  eating: area(0),
  behaviors: area(0),
  memoryCognition: area(0),
};

export const assessment = (individualId: string, extra: Record<string, unknown> = {}) => ({
  individualId,
  instrument: "ULTC_100_2",
  assessedOn: "2026-10-01",
  ultc100_2: meetsLevelOfCare,
  ...extra,
});
export const deniedDetermination = (individualId: string, assessmentId: string, extra: Record<string, unknown> = {}) => ({
  individualId,
  assessmentId,
  medicaidId: "DEMO-TEST-0001",
  levelOfCareType: "NF_INTERMEDIATE",
  decision: "DENIED",
  effectiveFrom: "2026-09-29",
  reviewKind: "RETROSPECTIVE",
  retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
  ...extra,
});

/** Where each attack is sent: through the partners' gateway, and straight to the owning subgraph. */
export const entryPoints = (hub: TestHub, owner: "individuals" | "screenings" | "levelofcare" | "facilities") =>
  [
    ["gateway", hub.gatewayUrl!],
    [owner, hub.subgraphs[owner]!.url],
  ] as const;

let applicants = 0;
const letters = () =>
  randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 6);
/** A registered person new to the hub, as a hospital registers an applicant. */
export async function newApplicant(hub: TestHub, token: string): Promise<string> {
  const answer = await graphql(hub.gatewayUrl!, register, {
    token,
    // Distinct names and birth dates, so duplicate detection creates a record rather than holding a possible match.
    variables: {
      input: {
        givenName: `App${letters()}`,
        familyName: `Redteam${letters()}`,
        birthDate: `19${30 + (applicants % 60)}-0${1 + (applicants % 9)}-1${applicants++ % 10}`,
        county: "Hamilton",
        state: "OH",
      },
    },
  });
  const id = (answer.data?.registerIndividual as { individual: { id: string } | null } | undefined)?.individual?.id;
  if (!id) throw new Error(`registration failed: ${JSON.stringify(answer.errors ?? answer.data)}`);
  return id;
}

/** The attacker got nothing: no data for the write, and the error is the one a missing record gets. */
export function gaveNothing(answer: GraphQLAnswer, field: string): { data: unknown; codes: unknown[] } {
  return {
    data: (answer.data as Record<string, unknown> | null | undefined)?.[field] ?? null,
    codes: (answer.errors ?? []).map((error) => error.extensions?.code),
  };
}
