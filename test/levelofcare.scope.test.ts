import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 6, item 7, through the real gateway: a PAA reads Level of Care for its counties, a facility
 * for its own facilities, the state everything. Lists leave the rest out; one object asked by id
 * reads as none, the same answer as for an id that does not exist.
 */
const [maple, riverbend] = demoFacilities as [(typeof demoFacilities)[0], (typeof demoFacilities)[0]];

describe("Level of Care reads within the partner's scope, through the gateway", () => {
  let hub: TestHub;
  const tokens = {} as Record<"state" | "hamilton" | "butler" | "maple" | "riverbend", string>;
  let person: string;
  let determinationId: string;
  let assessmentId: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    tokens.hamilton = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    tokens.butler = await hub.token({ role: "PAA", counties: ["Butler"] });
    tokens.maple = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] });
    tokens.riverbend = await hub.token({ role: "NURSING_FACILITY", facilityIds: [riverbend.id] });
    const registered = await graphql(
      hub.gatewayUrl!,
      `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`,
      {
        token: tokens.state,
        variables: { input: { givenName: "Scope", familyName: "Hamilton-Resident", birthDate: "1944-02-02", county: "Hamilton", state: "OH" } },
      },
    );
    person = registered.data!.registerIndividual.individual.id;
    const client = hub.subgraphs.levelofcare!.client;
    const assessment = await client.levelOfCareAssessment.create({
      data: {
        individualId: person,
        instrument: "ULTC_100_2",
        assessedOn: toDbDate("2026-10-01"),
        county: "Hamilton",
        assessorOrganisationId: "paa-hamilton",
        responses: {},
        meetsNursingFacilityLevelOfCare: true,
        findings: [],
      },
    });
    assessmentId = assessment.id;
    // ICF/IID level of care does not wait for PASRR (42 CFR 483.100–138 cover NFs), so it covers days without a screen on file.
    const determination = await client.levelOfCareDetermination.create({
      data: {
        individualId: person,
        facilityId: maple.id,
        county: "Hamilton",
        assessmentId,
        levelOfCareType: "ICF_IID",
        decision: "APPROVED",
        effectiveFrom: toDbDate("2026-10-01"),
      },
    });
    determinationId = determination.id;
  });
  afterAll(() => hub?.stop());

  const read = async (token: string) => {
    const answer = await graphql(
      hub.gatewayUrl!,
      `query ($person: ID!, $id: ID!) {
        individual(id: $person) { levelOfCareDeterminations(includeSuperseded: true) { id } levelOfCareAssessments { id } }
        levelOfCareDetermination(id: $id) { id }
      }`,
      { token, variables: { person, id: determinationId } },
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return {
      determinations: answer.data!.individual.levelOfCareDeterminations.map((d: { id: string }) => d.id),
      assessments: answer.data!.individual.levelOfCareAssessments.map((a: { id: string }) => a.id),
      single: answer.data!.levelOfCareDetermination?.id ?? null,
    };
  };
  const everything = () => ({ determinations: [determinationId], assessments: [assessmentId], single: determinationId });
  const nothing = { determinations: [], assessments: [], single: null };

  it("the state reads every determination and assessment", async () => {
    expect(await read(tokens.state)).toEqual(everything());
  });

  it("a PAA reads its own counties' determinations and assessments, and another county's as if there were none", async () => {
    expect(await read(tokens.hamilton)).toEqual(everything());
    expect(await read(tokens.butler)).toEqual(nothing);
  });

  it("a nursing facility reads the determinations for its facilities and the assessments they rest on, and nothing of another facility's", async () => {
    expect(await read(tokens.maple)).toEqual(everything());
    expect(await read(tokens.riverbend)).toEqual(nothing);
  });

  it("coverage read by a PAA of another county names no determination of the person", async () => {
    const coverage = `query ($person: ID!) { individual(id: $person) { levelOfCareCoverage(from: "2026-10-01", to: "2026-10-03") { coveredSpans { determinationId } } } }`;
    const own = await graphql(hub.gatewayUrl!, coverage, { token: tokens.hamilton, variables: { person } });
    const other = await graphql(hub.gatewayUrl!, coverage, { token: tokens.butler, variables: { person } });
    expect(JSON.stringify(own.data)).toContain(determinationId);
    expect(other.errors).toBeUndefined();
    expect(JSON.stringify(other.data)).not.toContain(determinationId);
  });
});
