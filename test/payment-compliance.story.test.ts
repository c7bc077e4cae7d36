import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { determinationInput, recordDetermination, screenInput, submitScreen } from "./support/screenings-scenario.ts";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { registeredFacility } from "./support/registered-facility.ts";

/**
 * Issue 16 through the real gateway: screenings' compliance periods reach levelofcare through
 * `@requires`, so a later Resident Review changes payment only from its own date and only as far
 * as its outcome says, and an adverse Level II makes the days after it unpayable and refuses a
 * new NF level of care.
 */
const maple = demoFacilities[0]!; // Hamilton county, DEMO-NF-0001
const coverageQuery = /* GraphQL */ `
  query Coverage($id: ID!, $from: Date!, $to: Date!, $provider: String) {
    individual(id: $id) {
      levelOfCareCoverage(from: $from, to: $to, providerNumber: $provider) {
        coveredSpans { from through determinationId }
        uncoveredSpans { from through reason recordIds }
      }
    }
  }
`;
const area = (score: number) => ({ score, dueTo: score > 0 ? ["Weakness"] : [] });
const meetsLevelOfCare = {
  bathing: area(2),
  dressing: area(2),
  toileting: area(0),
  mobility: area(0),
  transferring: area(0),
  eating: area(0),
  behaviors: area(0),
  memoryCognition: area(0),
};

describe("PASRR compliance in the payment answer, through the gateway (issue 16)", () => {
  let hub: TestHub;
  let gateway: string;
  const tokens = {} as Record<"state" | "paa" | "facility" | "hospital" | "mh" | "payment", string>;
  let hospitalId: string;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(gateway, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  const newPerson = async (familyName: string): Promise<string> =>
    (
      await ok(tokens.state, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`, {
        input: { givenName: "Compliance", familyName, birthDate: "1944-02-01", county: "Hamilton", state: "OH" },
      })
    ).registerIndividual.individual.id;
  const determineInput = async (individualId: string, effectiveFrom: string) => {
    const assessed = await ok(
      tokens.paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      {
        input: { individualId, instrument: "ULTC_100_2", assessedOn: "2026-10-02", county: "Hamilton", ultc100_2: meetsLevelOfCare },
      },
    );
    return {
      individualId,
      facilityId: maple.id,
      county: "Hamilton",
      medicaidId: "DEMO-TEST-0001",
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      effectiveFrom,
      reviewKind: "RETROSPECTIVE",
      retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
      assessmentId: assessed.submitLevelOfCareAssessment.assessment.id,
    };
  };
  const determineMutation = `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id } } }`;
  const admitted = async (individualId: string) => {
    await ok(tokens.hospital, submitScreen, { input: screenInput({ individualId, facilityId: hospitalId, screenedOn: "2026-10-01" }) });
    await ok(tokens.facility, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`, {
      input: { individualId, facilityId: maple.id, kind: "ADMISSION", effectiveOn: "2026-10-05", admissionSource: "COMMUNITY", payer: "MEDICAID" },
    });
    return (await ok(tokens.paa, determineMutation, { input: await determineInput(individualId, "2026-10-05") })).determineLevelOfCare.determination
      .id as string;
  };
  const residentReview = async (individualId: string, screenedOn: string, mi: boolean) =>
    (
      await ok(tokens.facility, submitScreen, {
        input: screenInput({
          individualId,
          facilityId: maple.id,
          screenedOn,
          mi,
          reasonForScreening: "RESIDENT_SIGNIFICANT_CHANGE",
          currentSetting: "NURSING_FACILITY",
        }),
      })
    ).submitLevelOneScreen.levelOneScreen;
  const coverage = async (individualId: string) =>
    (await ok(tokens.payment, coverageQuery, { id: individualId, from: "2026-10-05", to: "2026-11-30", provider: maple.providerNumber })).individual
      .levelOfCareCoverage;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    gateway = hub.gatewayUrl!;
    tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    tokens.paa = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-hamilton" });
    tokens.facility = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] });
    // A hospital acts only for a facility the registry holds as a hospital (scope from records).
    hospitalId = await registeredFacility(hub, "HOSPITAL", "Hamilton");
    tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
    tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "mh-vendor" });
    tokens.payment = await hub.token({ role: "MEDICAID_PAYMENT" });
  });
  afterAll(() => hub?.stop());

  it("a later Resident Review with no indications leaves the admission's earlier days payable", async () => {
    const person = await newPerson("NoIndications");
    const loc = await admitted(person);
    await residentReview(person, "2026-11-10", false);
    expect(await coverage(person)).toEqual({ coveredSpans: [{ from: "2026-10-05", through: "2026-11-30", determinationId: loc }], uncoveredSpans: [] });
  });

  it("a review waiting for its Level II takes no paid day away; its adverse determination makes the days after it unpayable and refuses a new LOC approval", async () => {
    const person = await newPerson("Adverse");
    const loc = await admitted(person);
    const review = await residentReview(person, "2026-11-10", true);
    expect(review.outcome).toBe("LEVEL_II_REQUIRED");
    expect(await coverage(person)).toEqual({ coveredSpans: [{ from: "2026-10-05", through: "2026-11-30", determinationId: loc }], uncoveredSpans: [] });

    const referralId = review.referrals[0].id as string;
    const determined = await ok(tokens.mh, recordDetermination, {
      input: determinationInput(referralId, "2026-11-20", { needsNursingFacilityServices: false }),
    });
    const levelTwoId = determined.recordLevelTwoDetermination.levelTwoDetermination.id as string;
    const answer = await coverage(person);
    expect(answer.coveredSpans).toEqual([{ from: "2026-10-05", through: "2026-11-19", determinationId: loc }]);
    expect(answer.uncoveredSpans).toEqual([
      { from: "2026-11-20", through: "2026-11-30", reason: "ADVERSE_LEVEL_II_NO_NF_NEED", recordIds: [review.id, referralId, levelTwoId].sort() },
    ]);

    const refused = await graphql(gateway, determineMutation, { token: tokens.paa, variables: { input: await determineInput(person, "2026-11-25") } });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.message).toContain("ADVERSE_LEVEL_TWO");
  });

  it("the payment system reads compliance periods as reason codes and record ids, nothing clinical", async () => {
    const person = await newPerson("Periods");
    await admitted(person);
    const data = await ok(
      tokens.payment,
      `query ($id: ID!) { individual(id: $id) { pasrrCompliance { from through status reason facilityId recordIds knownThrough } } }`,
      { id: person },
    );
    const current = data.individual.pasrrCompliance.filter((p: { knownThrough: string | null }) => p.knownThrough === null);
    expect(current.map((p: { from: string; reason: string; facilityId: string | null }) => [p.from, p.reason, p.facilityId])).toEqual([
      ["2026-10-01", "PASRR_MET", null],
      ["2026-10-05", "PASRR_MET", maple.id],
    ]);
  });
});
