import { addDays } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, testToday, type TestHub } from "../support/hub.ts";

const assess = /* GraphQL */ `
  mutation Assess($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }
`;
const determine = /* GraphQL */ `
  mutation Determine($input: DetermineLevelOfCareInput!) {
    determineLevelOfCare(input: $input) {
      determination { id decision effectiveFrom pasrrRequirementsMetOn reviewKind supersessionReason supersedes { id } notices { issuedOn appealDeadline } }
    }
  }
`;
const history = /* GraphQL */ `
  query History($id: ID!, $all: Boolean!) { individual(id: $id) { levelOfCareDeterminations(includeSuperseded: $all) { id supersededBy { id } } } }
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
const today = () => testToday;

/** Demo person 2 (Butler county) has a dual Level II review whose second determination met the PASRR requirements on 2026-09-29. */
const dualReviewed = demoPeople[1]!;
/** Demo person 3 (Franklin county) has a Level II referral still open. */
const pending = demoPeople[2]!;

describe("determineLevelOfCare through the gateway, with the PASRR standing read from screenings", () => {
  let hub: TestHub;
  let gateway: string;
  let paa: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    gateway = hub.gatewayUrl!;
    paa = await hub.token({ role: "PAA", counties: ["Butler", "Franklin"], organisationId: "paa-region-1" });
  });
  afterAll(() => hub?.stop());

  async function assessment(person: { id: string; county: string }) {
    const answer = await graphql(gateway, assess, {
      token: paa,
      variables: { input: { individualId: person.id, instrument: "ULTC_100_2", assessedOn: "2026-09-25", county: person.county, ultc100_2: meetsLevelOfCare } },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.submitLevelOfCareAssessment.assessment.id as string;
  }

  const input = (person: { id: string; county: string }, assessmentId: string, overrides: Record<string, unknown> = {}) => ({
    individualId: person.id,
    facilityId: demoFacilities[1]!.id,
    county: person.county,
    levelOfCareType: "NF_INTERMEDIATE",
    decision: "APPROVED",
    medicaidId: "DEMO-TEST-0001",
    effectiveFrom: "2026-09-29",
    reviewKind: "RETROSPECTIVE",
    retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
    assessmentId,
    ...overrides,
  });

  it("LOC effective date may not precede the PASRR-met date: refused naming the rule, then accepted from that date", async () => {
    const assessmentId = await assessment(dualReviewed);
    const early = await graphql(gateway, determine, { token: paa, variables: { input: input(dualReviewed, assessmentId, { effectiveFrom: "2026-09-28" }) } });
    expect(errorCodes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors![0]!.extensions!.field).toBe("input.effectiveFrom");
    expect(early.errors![0]!.message).toContain("may not precede 2026-09-29, the date the PASRR requirements were met");
    expect(early.errors![0]!.message).toContain("LOC_NOT_BEFORE_PASRR_MET");

    const onTime = await graphql(gateway, determine, { token: paa, variables: { input: input(dualReviewed, assessmentId) } });
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data!.determineLevelOfCare.determination).toMatchObject({
      decision: "APPROVED",
      effectiveFrom: "2026-09-29",
      pasrrRequirementsMetOn: "2026-09-29",
      reviewKind: "RETROSPECTIVE",
      notices: [],
    });
  });

  it("no NF approval while a Level II is still pending; a denial is recorded with its appeal deadline", async () => {
    const assessmentId = await assessment(pending);
    const approval = await graphql(gateway, determine, {
      token: paa,
      variables: { input: input(pending, assessmentId, { effectiveFrom: today(), reviewKind: "PROSPECTIVE", retrospectiveReason: null }) },
    });
    expect(errorCodes(approval)).toEqual(["BAD_USER_INPUT"]);
    expect(approval.errors![0]!.message).toContain("PASRR requirements are not met");

    const denial = await graphql(gateway, determine, {
      token: paa,
      variables: { input: input(pending, assessmentId, { decision: "DENIED", effectiveFrom: today(), reviewKind: "PROSPECTIVE", retrospectiveReason: null }) },
    });
    expect(denial.errors).toBeUndefined();
    expect(denial.data!.determineLevelOfCare.determination.notices).toEqual([{ issuedOn: today(), appealDeadline: addDays(today(), 30) }]);
  });

  it("a determination is never edited: a newer one supersedes it with a reason, once, and the history stays readable", async () => {
    const assessmentId = await assessment(dualReviewed);
    const first = await graphql(gateway, determine, { token: paa, variables: { input: input(dualReviewed, assessmentId, { effectiveFrom: "2026-10-01" }) } });
    const firstId = first.data!.determineLevelOfCare.determination.id;
    const withoutReason = await graphql(gateway, determine, {
      token: paa,
      variables: { input: input(dualReviewed, assessmentId, { supersedesDeterminationId: firstId }) },
    });
    expect(withoutReason.errors![0]!.extensions!.field).toBe("input.supersessionReason");

    const second = await graphql(gateway, determine, {
      token: paa,
      variables: {
        input: input(dualReviewed, assessmentId, {
          levelOfCareType: "NF_SKILLED",
          supersedesDeterminationId: firstId,
          supersessionReason: "Skilled needs documented",
        }),
      },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.determineLevelOfCare.determination).toMatchObject({ supersedes: { id: firstId }, supersessionReason: "Skilled needs documented" });
    const secondId = second.data!.determineLevelOfCare.determination.id;

    const again = await graphql(gateway, determine, {
      token: paa,
      variables: { input: input(dualReviewed, assessmentId, { supersedesDeterminationId: firstId, supersessionReason: "Another try" }) },
    });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);

    const current = await graphql(gateway, history, { token: paa, variables: { id: dualReviewed.id, all: false } });
    const currentIds = current.data!.individual.levelOfCareDeterminations.map((d: { id: string }) => d.id);
    expect(currentIds).toContain(secondId);
    expect(currentIds).not.toContain(firstId);
    const all = await graphql(gateway, history, { token: paa, variables: { id: dualReviewed.id, all: true } });
    expect(all.data!.individual.levelOfCareDeterminations).toContainEqual({ id: firstId, supersededBy: { id: secondId } });
  });

  it("a PAA decides only in its own counties (another county's person reads as missing), and the payment system not at all", async () => {
    const assessmentId = await assessment(dualReviewed);
    const otherPaa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    expect(errorCodes(await graphql(gateway, determine, { token: otherPaa, variables: { input: input(dualReviewed, assessmentId) } }))).toEqual(["NOT_FOUND"]);
    const payment = await hub.token({ role: "MEDICAID_PAYMENT" });
    expect(errorCodes(await graphql(gateway, determine, { token: payment, variables: { input: input(dualReviewed, assessmentId) } }))).toEqual(["FORBIDDEN"]);
  });
});
