import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenInput, submitScreen } from "./support/screenings-scenario.ts";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 6 (items 3 and 5), through the real gateway: the Medicaid payment system asks which days
 * of a person's stay at a facility are covered. The PASRR-met date comes from screenings, the
 * stay, its payer and its leaves from facilities' census, the determinations from levelofcare.
 */
const maple = demoFacilities[0]!; // Hamilton county, DEMO-NF-0001

const coverageQuery = /* GraphQL */ `
  query Coverage($id: ID!, $from: Date!, $to: Date!, $provider: String) {
    individual(id: $id) {
      levelOfCareCoverage(from: $from, to: $to, providerNumber: $provider) {
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
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

describe("LOC coverage for the Medicaid payment system, through the gateway", () => {
  let hub: TestHub;
  let gateway: string;
  const tokens = {} as Record<"state" | "paa" | "facility" | "hospital" | "payment", string>;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(gateway, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  async function newPerson(familyName: string): Promise<string> {
    const data = await ok(tokens.state, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`, {
      input: { givenName: "Coverage", familyName, birthDate: "1942-06-01", county: "Hamilton", state: "OH" },
    });
    return data.registerIndividual.individual.id;
  }
  async function determine(individualId: string, overrides: Record<string, unknown>) {
    const assessed = await ok(
      tokens.paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      {
        input: { individualId, instrument: "ULTC_100_2", assessedOn: "2026-10-02", county: "Hamilton", ultc100_2: meetsLevelOfCare },
      },
    );
    const input = {
      individualId,
      facilityId: maple.id,
      county: "Hamilton",
      medicaidId: "DEMO-TEST-0001",
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      reviewKind: "RETROSPECTIVE",
      retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
      assessmentId: assessed.submitLevelOfCareAssessment.assessment.id,
      ...overrides,
    };
    const data = await ok(tokens.paa, `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id } } }`, {
      input,
    });
    return data.determineLevelOfCare.determination.id as string;
  }
  const census = (input: Record<string, unknown>) =>
    ok(tokens.facility, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`, { input });

  const hospitalId = "0193a000-0000-7000-8000-00000000f101"; // the demo registry's Hamilton hospital: tokens act only for registered facilities

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    gateway = hub.gatewayUrl!;
    tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    tokens.paa = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-hamilton" });
    tokens.facility = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] });
    tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
    tokens.payment = await hub.token({ role: "MEDICAID_PAYMENT" });
  });
  afterAll(() => hub?.stop());

  it("approved → hospital leave (bed-hold) → return → expiry → renewal: the payment system reads each day's answer, and no clinical detail", async () => {
    const person = await newPerson("Story");
    // No indications on the Level I: the PASRR requirements are met on the screen's date.
    const screened = await ok(tokens.hospital, submitScreen, {
      input: screenInput({ individualId: person, facilityId: hospitalId, screenedOn: "2026-10-01" }),
    });
    expect(screened.submitLevelOneScreen.levelOneScreen.outcome).toBeDefined();

    const at = { individualId: person, facilityId: maple.id };
    await census({ ...at, kind: "ADMISSION", effectiveOn: "2026-10-05", admissionSource: "COMMUNITY", payer: "MEDICAID" });
    await census({ ...at, kind: "HOSPITAL_LEAVE", effectiveOn: "2026-10-20" });
    await census({ ...at, kind: "RETURN", effectiveOn: "2026-10-24" });
    const first = await determine(person, { effectiveFrom: "2026-10-05", effectiveThrough: "2026-10-31" });
    const renewal = await determine(person, { effectiveFrom: "2026-11-05", levelOfCareType: "NF_SKILLED" });

    const answer = await ok(tokens.payment, coverageQuery, { id: person, from: "2026-10-01", to: "2026-11-10", provider: maple.providerNumber });
    expect(answer.individual.levelOfCareCoverage).toEqual({
      coveredSpans: [
        { from: "2026-10-05", through: "2026-10-19", levelOfCareType: "NF_INTERMEDIATE", determinationId: first },
        { from: "2026-10-24", through: "2026-10-31", levelOfCareType: "NF_INTERMEDIATE", determinationId: first },
        { from: "2026-11-05", through: "2026-11-10", levelOfCareType: "NF_SKILLED", determinationId: renewal },
      ],
      uncoveredSpans: [
        { from: "2026-10-01", through: "2026-10-04", reason: "NOT_AT_FACILITY" },
        { from: "2026-10-20", through: "2026-10-23", reason: "NOT_REQUIRED_BED_HOLD" },
        { from: "2026-11-01", through: "2026-11-04", reason: "EXPIRED" },
      ],
    });

    // Any facility: before the screen no PASRR is on file.
    const anywhere = await ok(tokens.payment, coverageQuery, { id: person, from: "2026-09-28", to: "2026-10-04" });
    expect(anywhere.individual.levelOfCareCoverage.uncoveredSpans).toEqual([
      { from: "2026-09-28", through: "2026-09-30", reason: "PASRR_MISSING" },
      { from: "2026-10-01", through: "2026-10-04", reason: "NOT_YET_EFFECTIVE" },
    ]);

    // The facility reads its own residents' days; another facility's token sees none of them.
    const own = await ok(tokens.facility, coverageQuery, { id: person, from: "2026-10-20", to: "2026-10-24", provider: maple.providerNumber });
    expect(own.individual.levelOfCareCoverage.uncoveredSpans).toEqual([{ from: "2026-10-20", through: "2026-10-23", reason: "NOT_REQUIRED_BED_HOLD" }]);
    const otherFacility = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[1]!.id] });
    const foreign = await ok(otherFacility, coverageQuery, { id: person, from: "2026-10-20", to: "2026-10-24", provider: maple.providerNumber });
    expect(foreign.individual.levelOfCareCoverage).toEqual({
      coveredSpans: [],
      uncoveredSpans: [{ from: "2026-10-20", through: "2026-10-24", reason: "NOT_AT_FACILITY" }],
    });
    expect(
      errorCodes(await graphql(gateway, coverageQuery, { token: otherFacility, variables: { id: person, from: "2026-10-20", to: "2026-10-24" } })),
    ).toEqual(["BAD_USER_INPUT"]);

    const clinical = await graphql(gateway, `query ($id: ID!) { individual(id: $id) { levelOfCareAssessments { id } } }`, {
      token: tokens.payment,
      variables: { id: person },
    });
    expect(errorCodes(clinical)).toContain("FORBIDDEN");
  });

  it("a request for more days than a claim review needs, or ending before it starts, is refused", async () => {
    const person = await newPerson("Bounds");
    const backwards = await graphql(gateway, coverageQuery, { token: tokens.payment, variables: { id: person, from: "2026-10-10", to: "2026-10-01" } });
    expect(errorCodes(backwards)).toEqual(["BAD_USER_INPUT"]);
    const tooLong = await graphql(gateway, coverageQuery, { token: tokens.payment, variables: { id: person, from: "2024-01-01", to: "2026-10-01" } });
    expect(errorCodes(tooLong)).toEqual(["BAD_USER_INPUT"]);
  });

  it("roles outside the payment question may not read coverage", async () => {
    const person = await newPerson("Forbidden");
    const answer = await graphql(gateway, coverageQuery, { token: tokens.hospital, variables: { id: person, from: "2026-10-01", to: "2026-10-02" } });
    expect(errorCodes(answer)).toContain("FORBIDDEN");
  });

  it("coverage for 10 people and for 100 people costs levelofcare the same few SQL statements", async () => {
    for (let n = 0; n < 100; n += 1) await newPerson(`Batch-${n}`);
    const batch = /* GraphQL */ `
      query Batch($first: Int!) {
        individuals(first: $first) { edges { node { id levelOfCareCoverage(from: "2026-10-01", to: "2026-10-31") { uncoveredSpans { reason } coveredSpans { determinationId } } } } }
      }
    `;
    const statements = hub.subgraphs.levelofcare!.statements;
    const cost = async (first: number) => {
      statements.reset();
      const data = await ok(tokens.state, batch, { first });
      expect(data.individuals.edges).toHaveLength(first);
      return statements.count;
    };
    const ten = await cost(10);
    const hundred = await cost(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(3);
  });
});
