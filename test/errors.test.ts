import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@pasrr/calendar/calendar-date";
import { errorExtensionKeys } from "@pasrr/graphql-kit/error-codes";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { demoHospitalId } from "../gateway/src/sandbox/sandbox-partners.ts";
import { graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 22, "Errors", through the real gateway: every refused input names its field with the
 * status a variable's refusal has, written in the query or sent as a variable; every error
 * carries only the hub's extension keys (`service`, never `serviceName`); and no error names a
 * record that was not written.
 */
describe("errors a partner meets", () => {
  let hub: TestHub;
  let gateway: string;
  let stateToken: string;
  const answers: GraphQLAnswer[] = [];
  const call = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(gateway, query, { token, variables });
    answers.push(answer);
    return answer;
  };
  const person = demoPeople[0]!.id;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    gateway = hub.gatewayUrl!;
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => hub?.stop());

  it("a bad date written in the query is refused before anything runs (HTTP 400), naming the argument's path", async () => {
    const nested = await call(stateToken, `{ individual(id: "${person}") { id history: levelOfCareDeterminations(asOf: "2026-13-45") { id } } }`);
    expect(nested.status).toBe(400);
    expect(nested.data).toBeUndefined();
    expect(nested.errors).toEqual([
      expect.objectContaining({
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", field: "individual.history.asOf" },
        message: expect.stringMatching(/real calendar date/),
      }),
    ]);
    const root = await call(stateToken, `{ levelOfCareRenewalsDue(asOf: "2026-02-30", withinDays: 10, first: 5) { edges { cursor } } }`);
    expect(root.status).toBe(400);
    expect(root.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", field: "levelOfCareRenewalsDue.asOf" });
  });

  it("any value its type refuses, written in the query, names its argument (not only a line and column)", async () => {
    const answer = await call(stateToken, `{ levelOfCareRenewalsDue(asOf: "${hub.today}", withinDays: "ten", first: 5) { edges { cursor } } }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", field: "levelOfCareRenewalsDue.withinDays" });
    const missing = await call(
      stateToken,
      `mutation { recordCensusEvent(input: { kind: HOSPITAL_LEAVE, facilityId: "${demoFacilities[0]!.id}", effectiveOn: "${hub.today}" }) { event { id } } }`,
    );
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", field: "recordCensusEvent.input.individualId" });
  });

  it("the same bad date in a variable is BAD_USER_INPUT, HTTP 400, naming the variable and the path inside it", async () => {
    const plain = await call(stateToken, `query ($asOf: Date) { individual(id: "${person}") { levelOfCareDeterminations(asOf: $asOf) { id } } }`, {
      asOf: "2026-13-45",
    });
    expect(plain.status).toBe(400);
    expect(plain.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "$asOf" });
    expect(plain.errors?.[0]?.message).toMatch(/real calendar date/);
    const nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[0]!.id] });
    const inside = await call(nf, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`, {
      input: { kind: "HOSPITAL_LEAVE", individualId: person, facilityId: demoFacilities[0]!.id, effectiveOn: "2026-13-45" },
    });
    expect(inside.status).toBe(400);
    expect(inside.errors?.map((error) => error.extensions)).toEqual([{ code: "BAD_USER_INPUT", field: "$input.effectiveOn" }]);
  });

  it("a subgraph sent the same bad date straight answers as the gateway does: HTTP 400, the field named", async () => {
    const subgraph = hub.subgraphs.levelofcare!.url;
    const renewals = `levelOfCareRenewalsDue(asOf: $asOf, withinDays: 10, first: 5) { edges { cursor } }`;
    const inline = await graphql(subgraph, `{ ${renewals.replace("$asOf", '"2026-13-45"')} }`, { token: stateToken });
    expect(inline.status).toBe(400);
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", field: "levelOfCareRenewalsDue.asOf" });
    const variable = await graphql(subgraph, `query ($asOf: Date!) { ${renewals} }`, { token: stateToken, variables: { asOf: "2026-13-45" } });
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "$asOf" });
  });

  it("a census event for a person with no stay is refused naming the rule, and names no event: the refused one was never recorded", async () => {
    const unknownPerson = "0193a000-0000-7000-8000-0000000000ff";
    const nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[0]!.id] });
    const answer = await call(nf, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`, {
      input: { kind: "HOSPITAL_LEAVE", individualId: unknownPerson, facilityId: demoFacilities[0]!.id, effectiveOn: addDays(hub.today, -2) },
    });
    expect(answer.status).toBe(200);
    expect(answer.errors?.[0]).toMatchObject({ path: ["recordCensusEvent"], extensions: { code: "CONFLICT", rule: "NO_OPEN_STAY", service: "facilities" } });
    expect(answer.errors?.[0]?.extensions).not.toHaveProperty("eventId");
    const stays = await call(stateToken, `{ individual(id: "${unknownPerson}") { id } }`);
    expect(stays.data?.individual ?? null).toBeNull();
  });

  it("a PAA asking outside its counties: a person there reads as missing (NOT_FOUND), a facility's census there is FORBIDDEN, as the guides say", async () => {
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    const elsewhere = demoPeople.find((candidate) => candidate.county === "Franklin")!;
    const assessment = await call(
      paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      {
        input: {
          individualId: elsewhere.id,
          instrument: "ULTC_100_2",
          assessedOn: addDays(hub.today, -1),
          ultc100_2: Object.fromEntries(
            ["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"].map((activity) => [
              activity,
              { score: 0, dueTo: [] },
            ]),
          ),
        },
      },
    );
    expect(assessment.status).toBe(200);
    expect(assessment.errors?.map((error) => error.extensions)).toEqual([{ code: "NOT_FOUND", service: "levelofcare" }]);
    const facility = demoFacilities.find((candidate) => candidate.county === "Franklin")!;
    const share = await call(paa, `{ facility(id: "${facility.id}") { id imdShare { share } } }`);
    expect(share.status).toBe(200);
    expect(share.errors?.map((error) => error.extensions?.code)).toContain("FORBIDDEN");
    expect(share.errors?.map((error) => error.extensions?.code)).not.toContain("BAD_USER_INPUT");
  });

  it("a facility outside the token's facilities: a census event there is FORBIDDEN, a Level I naming it reads as a missing record (NOT_FOUND)", async () => {
    const mapleTerrace = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[0]!.id] });
    const census = await call(mapleTerrace, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`, {
      input: { kind: "HOSPITAL_LEAVE", individualId: demoPeople[1]!.id, facilityId: demoFacilities[1]!.id, effectiveOn: addDays(hub.today, -1) },
    });
    expect(census.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    const hospital = await hub.token({ role: "HOSPITAL", facilityIds: [demoHospitalId] });
    const screen = await call(hospital, `mutation ($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id } } }`, {
      input: {
        individualId: demoPeople[0]!.id,
        screenedOn: addDays(hub.today, -1),
        facilityId: demoFacilities[2]!.id,
        reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
        currentSetting: "HOSPITAL_INPATIENT",
        mentalIllness: { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false },
        developmentalDisability: {
          diagnosis: false,
          history: false,
          presentingEvidence: false,
          referredByDdAgency: false,
          relatedConditionOnsetBefore22: false,
        },
      },
    });
    expect(screen.errors?.map((error) => error.extensions)).toEqual([{ code: "NOT_FOUND", service: "screenings" }]);
  });

  it("every error above carries only the hub's extension keys: `service`, never `serviceName`", () => {
    const known = new Set(Object.keys(errorExtensionKeys).flatMap((key) => key.split(", ")));
    const keys = answers.flatMap((answer) => (answer.errors ?? []).flatMap((error) => Object.keys(error.extensions ?? {})));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });
});
