import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { demoPeople } from "@pasrr/devtools/demo-cast";

const submit = /* GraphQL */ `
  mutation Submit($input: SubmitLevelOfCareAssessmentInput!) {
    submitLevelOfCareAssessment(input: $input) {
      assessment { id instrument assessedOn county assessorOrganisationId meetsNursingFacilityLevelOfCare findings { criterion met detail source } individual { id } }
    }
  }
`;

const area = (score: number, dueTo: string[] = score > 0 ? ["Pain"] : []) => ({ score, dueTo });
const ultc = (overrides: Record<string, { score: number; dueTo: string[] }> = {}) => ({
  bathing: area(0),
  dressing: area(0),
  toileting: area(0),
  mobility: area(0),
  transferring: area(0),
  eating: area(0),
  behaviors: area(0),
  memoryCognition: area(0),
  ...overrides,
});
const csa = {
  adlCriteriaMet: { mobility: ["iii"], toileting: ["iv"] },
  behavior: {
    injuryAggressionOrDestruction: "NONE",
    verbalAggressionCurrently: false,
    threatToSafety: false,
    cueing: "NONE",
    physicalIntervention: "NONE",
    plannedIntervention: "NONE",
    escalationIfServicesWithdrawn: "UNLIKELY",
  },
  cognition: { memory: "NONE", attention: "NONE", problemSolving: "NONE", planning: "NONE", judgment: "NONE" },
  communication: { frequentDifficultyExpressingNeeds: false, rarelyOrNeverExpressesOrVeryHardToUnderstand: false },
};

describe("submitLevelOfCareAssessment", () => {
  let hub: TestHub;
  let url: string;
  let paa: string;

  beforeAll(async () => {
    // The whole hub: a PAA assesses a person related to its counties (a stay or a Level I there), asked of facilities and screenings.
    hub = await startTestHub({ seedDemoData: true });
    url = hub.subgraphs.levelofcare!.url;
    paa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "paa-region-1" });
  });

  /** A new applicant with a Level I filed by the demo Hamilton hospital: related to the Hamilton PAA. */
  async function applicant(): Promise<string> {
    const individualId = randomUUID();
    const hospital = await hub.token({ role: "HOSPITAL", facilityIds: ["0193a000-0000-7000-8000-00000000f101"] });
    const none = { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
    const noDd = { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false };
    const screened = await graphql(hub.gatewayUrl!, `mutation($i: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $i) { levelOneScreen { id } } }`, {
      token: hospital,
      variables: {
        i: {
          individualId,
          facilityId: "0193a000-0000-7000-8000-00000000f101",
          screenedOn: "2026-09-20",
          reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
          currentSetting: "HOSPITAL_INPATIENT",
          mentalIllness: none,
          developmentalDisability: noDd,
        },
      },
    });
    expect(screened.errors).toBeUndefined();
    return individualId;
  }
  /** Demo person 1 lives at Maple Terrace (Hamilton): related to the Hamilton PAA by the stay. */
  const resident = demoPeople[0]!.id;
  afterAll(() => hub?.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    individualId: resident,
    instrument: "ULTC_100_2",
    assessedOn: "2026-10-01",
    ultc100_2: ultc({ bathing: area(2), transferring: area(3, ["Weakness"]) }),
    ...overrides,
  });

  it("a PAA's ULTC 100.2 with two ADL deficits meets NF level of care, explained criterion by criterion", async () => {
    const answer = await graphql(url, submit, { token: paa, variables: { input: input() } });
    expect(answer.errors).toBeUndefined();
    const assessment = answer.data!.submitLevelOfCareAssessment.assessment;
    expect(assessment).toMatchObject({
      instrument: "ULTC_100_2",
      assessedOn: "2026-10-01",
      county: "Hamilton",
      assessorOrganisationId: "paa-region-1",
      meetsNursingFacilityLevelOfCare: true,
    });
    expect(assessment.findings.map((f: { criterion: string; met: boolean }) => [f.criterion, f.met])).toEqual([
      ["ADL_DEFICITS", true],
      ["SUPERVISION_BEHAVIORS", false],
      ["SUPERVISION_MEMORY_COGNITION", false],
    ]);
    expect(assessment.findings[0].source).toContain("8.401");
  });

  it("a CSA with thresholds in two ADL areas meets it; the recorded assessment is read back on the person", async () => {
    const individualId = await applicant();
    const answer = await graphql(url, submit, { token: paa, variables: { input: input({ individualId, instrument: "CSA", ultc100_2: null, csa }) } });
    expect(answer.data!.submitLevelOfCareAssessment.assessment.meetsNursingFacilityLevelOfCare).toBe(true);
    const read = await graphql(
      url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { levelOfCareAssessments { instrument meetsNursingFacilityLevelOfCare } } } }`,
      {
        token: paa,
        variables: { r: [{ __typename: "Individual", id: individualId }] },
      },
    );
    expect(read.data!._entities).toEqual([{ levelOfCareAssessments: [{ instrument: "CSA", meetsNursingFacilityLevelOfCare: true }] }]);
  });

  it.each([
    ["a score of 1 without a due-to condition", { ultc100_2: ultc({ eating: area(1, []) }) }, "input.ultc100_2.eating"],
    ["a due-to condition the area does not list", { ultc100_2: ultc({ bathing: area(2, ["Tube Feeding"]) }) }, "input.ultc100_2.bathing"],
    ["a score of 4", { ultc100_2: ultc({ mobility: area(4) }) }, "input.ultc100_2.mobility"],
    ["answers of the other instrument", { csa }, "input.csa"],
    ["no answers for the instrument named", { instrument: "CSA", ultc100_2: null }, "input.csa"],
    ["an assessment dated in the future", { assessedOn: "2999-01-01" }, "input.assessedOn"],
  ])("refuses %s as BAD_USER_INPUT naming the field, and records nothing", async (_rule, overrides, field) => {
    hub.subgraphs.levelofcare!.statements.reset();
    const answer = await graphql(url, submit, { token: paa, variables: { input: input(overrides) } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.field).toBe(field);
    expect(hub.subgraphs.levelofcare!.statements.count).toBe(0);
  });

  it("refuses a person outside the PAA's counties as a missing one (NOT_FOUND), whatever county is typed in, and records nothing", async () => {
    hub.subgraphs.levelofcare!.statements.reset();
    const answer = await graphql(url, submit, { token: paa, variables: { input: input({ individualId: demoPeople[2]!.id, county: "Hamilton" }) } });
    expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
    expect(hub.subgraphs.levelofcare!.statements.count).toBe(0);
  });

  it("the payment system may neither submit assessments nor read their clinical findings", async () => {
    const payment = await hub.token({ role: "MEDICAID_PAYMENT" });
    expect(errorCodes(await graphql(url, submit, { token: payment, variables: { input: input() } }))).toEqual(["FORBIDDEN"]);
    const read = await graphql(
      url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { levelOfCareAssessments { findings { detail } } } } }`,
      {
        token: payment,
        variables: { r: [{ __typename: "Individual", id: randomUUID() }] },
      },
    );
    expect(errorCodes(read)).toEqual(["FORBIDDEN"]);
  });
});
