import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { demoPeople } from "@pasrr/devtools/demo-cast";

const outcome = "instrument meetsNursingFacilityLevelOfCare findings { criterion met detail source }";
const preview = `query Preview($input: SubmitLevelOfCareAssessmentInput!) { levelOfCareAssessmentPreview(input: $input) { county ${outcome} } }`;
const submit = `mutation Submit($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id county ${outcome} } } }`;
const count = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { levelOfCareAssessments { id } } } }`;

const area = (score: number, dueTo: string[] = score > 0 ? ["Pain"] : []) => ({ score, dueTo });
const ultc = (overrides: Record<string, { score: number; dueTo: string[] }> = {}) => ({
  ...Object.fromEntries(["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"].map((a) => [a, area(0)])),
  ...overrides,
});
const csa = (cognition: Record<string, string> = {}) => ({
  adlCriteriaMet: { mobility: ["ii"] },
  behavior: {
    injuryAggressionOrDestruction: "NONE",
    verbalAggressionCurrently: false,
    threatToSafety: false,
    cueing: "NONE",
    physicalIntervention: "NONE",
    plannedIntervention: "NONE",
    escalationIfServicesWithdrawn: "UNLIKELY",
  },
  cognition: { memory: "NONE", attention: "NONE", problemSolving: "NONE", planning: "NONE", judgment: "NONE", ...cognition },
  communication: { frequentDifficultyExpressingNeeds: false, rarelyOrNeverExpressesOrVeryHardToUnderstand: false },
});

describe("levelOfCareAssessmentPreview: the live score of a form, by the rules submitting uses", () => {
  let hub: TestHub;
  let url: string;
  let paa: string;
  /** Demo person 1 lives at Maple Terrace (Hamilton): related to the Hamilton PAA by the stay. */
  const resident = demoPeople[0]!.id;
  const input = (answers: Record<string, unknown>) => ({ individualId: resident, assessedOn: "2026-11-20", ...answers });

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    url = hub.subgraphs.levelofcare!.url;
    paa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "paa-region-1" });
  });
  afterAll(() => hub?.stop());

  const assessmentsOfResident = async () => {
    const answer = await graphql(url, count, { token: paa, variables: { r: [{ __typename: "Individual", id: resident }] } });
    return (answer.data!._entities as { levelOfCareAssessments: unknown[] }[])[0]!.levelOfCareAssessments.length;
  };

  it("preview and submit give the same outcome and findings for the same answers, and the preview stores nothing", async () => {
    const cases = [
      input({ instrument: "ULTC_100_2", ultc100_2: ultc({ bathing: area(2) }) }),
      input({ instrument: "ULTC_100_2", ultc100_2: ultc({ bathing: area(2), eating: area(3) }) }),
      input({ instrument: "ULTC_100_2", ultc100_2: ultc({ memoryCognition: area(2, ["Memory Impairment"]) }) }),
      input({ instrument: "CSA", csa: csa() }),
      input({ instrument: "CSA", csa: csa({ planning: "MILD", judgment: "MILD" }) }),
    ];
    for (const assessment of cases) {
      const before = await assessmentsOfResident();
      const previewed = await graphql(url, preview, { token: paa, variables: { input: assessment } });
      expect(previewed.errors).toBeUndefined();
      expect(await assessmentsOfResident()).toBe(before);
      const submitted = await graphql(url, submit, { token: paa, variables: { input: assessment } });
      expect(submitted.errors).toBeUndefined();
      const { id, ...recorded } = submitted.data!.submitLevelOfCareAssessment.assessment;
      expect(id).toBeTruthy();
      expect(previewed.data!.levelOfCareAssessmentPreview).toEqual(recorded);
    }
  });

  it("the outcomes follow the thresholds: one ADL deficit does not meet ULTC 100.2, two do; two mild CSA cognition areas do", async () => {
    const met = async (assessment: Record<string, unknown>) =>
      (await graphql(url, preview, { token: paa, variables: { input: assessment } })).data!.levelOfCareAssessmentPreview.meetsNursingFacilityLevelOfCare;
    expect(await met(input({ instrument: "ULTC_100_2", ultc100_2: ultc({ bathing: area(2) }) }))).toBe(false);
    expect(await met(input({ instrument: "ULTC_100_2", ultc100_2: ultc({ bathing: area(2), eating: area(2) }) }))).toBe(true);
    expect(await met(input({ instrument: "CSA", csa: csa({ planning: "MILD" }) }))).toBe(false);
    expect(await met(input({ instrument: "CSA", csa: csa({ planning: "MILD", judgment: "MILD" }) }))).toBe(true);
  });

  it("answers submitting would refuse are refused alike: BAD_USER_INPUT naming the field", async () => {
    const unjustified = input({ instrument: "ULTC_100_2", ultc100_2: ultc({ bathing: { score: 2, dueTo: [] } }) });
    for (const [query, token] of [
      [preview, paa],
      [submit, paa],
    ] as const) {
      const answer = await graphql(url, query, { token, variables: { input: unjustified } });
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.field).toBe("input.ultc100_2.bathing");
    }
  });

  it("the same access as submitting: a PAA of other counties is answered as missing, a facility is FORBIDDEN", async () => {
    const assessment = input({ instrument: "ULTC_100_2", ultc100_2: ultc() });
    const elsewhere = await hub.token({ role: "PAA", counties: ["Cuyahoga"], organisationId: "paa-elsewhere" });
    const facility = await hub.token({ role: "NURSING_FACILITY", facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    for (const query of [preview, submit]) {
      expect(errorCodes(await graphql(url, query, { token: elsewhere, variables: { input: assessment } }))).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await graphql(url, query, { token: facility, variables: { input: assessment } }))).toEqual(["FORBIDDEN"]);
    }
  });

  it("the options a form offers are the answers submitting accepts: every ULTC due-to condition and CSA criterion passes the rules", async () => {
    const options = `query($i: AssessmentInstrument!) { levelOfCareAssessmentOptions(instrument: $i) { area options } }`;
    const ultcAreas = (await graphql(url, options, { token: paa, variables: { i: "ULTC_100_2" } })).data!.levelOfCareAssessmentOptions as {
      area: string;
      options: string[];
    }[];
    expect(ultcAreas.map((a) => a.area)).toEqual(["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"]);
    const everyCondition = Object.fromEntries(ultcAreas.map(({ area, options: dueTo }) => [area, { score: 1, dueTo }]));
    const ultcAnswer = await graphql(url, preview, { token: paa, variables: { input: input({ instrument: "ULTC_100_2", ultc100_2: everyCondition }) } });
    expect(ultcAnswer.errors).toBeUndefined();
    const csaAreas = (await graphql(url, options, { token: paa, variables: { i: "CSA" } })).data!.levelOfCareAssessmentOptions as {
      area: string;
      options: string[];
    }[];
    // CO §8.401.16.B.1.ii.1.a–g: mobility lists seven criteria, bathing one.
    expect(csaAreas.find((a) => a.area === "mobility")!.options).toHaveLength(7);
    expect(csaAreas.find((a) => a.area === "bathing")!.options).toEqual(["i"]);
    const everyCriterion = { ...csa(), adlCriteriaMet: Object.fromEntries(csaAreas.map(({ area, options: met }) => [area, met])) };
    const csaAnswer = await graphql(url, preview, { token: paa, variables: { input: input({ instrument: "CSA", csa: everyCriterion }) } });
    expect(csaAnswer.errors).toBeUndefined();
    expect(csaAnswer.data!.levelOfCareAssessmentPreview.meetsNursingFacilityLevelOfCare).toBe(true);
  });
});
