import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { determinationInput, recordDetermination, screenInput, submitScreen } from "./support/screenings-scenario.ts";
import { errorCodes, graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 8, item 3: no lost updates. Two partners change the same record at the same moment,
 * through the gateway on PostgreSQL (real connections, real concurrency): exactly one change
 * wins and the other is a CONFLICT that says what happened — never two winners, never a 500.
 */
describe("racing changes to one record (PostgreSQL)", () => {
  let hub: TestHub;
  const tokens = {} as Record<"state" | "paa" | "hospital" | "mh", string>;
  const hospitalId = "0193a000-0000-7000-8000-00000000f101"; // the demo registry's Hamilton hospital: a token acts only for registered facilities
  const maple = demoFacilities[0]!;

  const call = (token: string, query: string, variables: Record<string, unknown>) => graphql(hub.gatewayUrl!, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const answer = await call(token, query, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  /** Sends the same change twice at once and returns [winners, losers]. */
  const race = async (attempts: (() => Promise<GraphQLAnswer>)[]) => {
    const answers = await Promise.all(attempts.map((attempt) => attempt()));
    return [answers.filter((answer) => !answer.errors), answers.filter((answer) => answer.errors)] as const;
  };
  async function newPerson(givenName: string, birthDate: string) {
    const data = await ok(tokens.state, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`, {
      input: { givenName, familyName: `Racer${givenName}`, birthDate, county: "Hamilton", state: "OH" },
    });
    return data.registerIndividual.individual.id as string;
  }

  beforeAll(async () => {
    hub = await startTestHub({ database: "postgres", seedDemoData: true });
    tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    tokens.paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
    tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
  });
  afterAll(() => hub?.stop());

  it("two determinations of one Level II referral at once: one is recorded, the other is a CONFLICT", async () => {
    const person = await newPerson("Quillon", "1946-02-11");
    const screened = await ok(tokens.hospital, submitScreen, { input: screenInput({ individualId: person, facilityId: hospitalId, mi: true }) });
    const referral = screened.submitLevelOneScreen.levelOneScreen.referrals[0].id as string;
    const input = determinationInput(referral, "2026-11-05");
    const [winners, losers] = await race([1, 2, 3].map(() => () => call(tokens.mh, recordDetermination, { input })));
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(errorCodes(loser)).toEqual(["CONFLICT"]);
    expect(await hub.subgraphs.screenings!.client.levelTwoDetermination.count({ where: { referralId: referral } })).toBe(1);
  });

  it("two supersessions of one LOC determination at once: one supersedes it, the other is a CONFLICT", async () => {
    const person = await newPerson("Marisol", "1939-07-23");
    await ok(tokens.hospital, submitScreen, { input: screenInput({ individualId: person, facilityId: hospitalId, screenedOn: "2026-10-01" }) });
    const area = (score: number) => ({ score, dueTo: score > 0 ? ["Weakness"] : [] });
    const assessed = await ok(
      tokens.paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      {
        input: {
          individualId: person,
          instrument: "ULTC_100_2",
          assessedOn: "2026-10-02",
          county: "Hamilton",
          ultc100_2: {
            bathing: area(2),
            dressing: area(2),
            toileting: area(0),
            mobility: area(0),
            transferring: area(0),
            eating: area(0),
            behaviors: area(0),
            memoryCognition: area(0),
          },
        },
      },
    );
    const determine = `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id } } }`;
    const base = {
      individualId: person,
      facilityId: maple.id,
      county: "Hamilton",
      medicaidId: "DEMO-TEST-0001",
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      reviewKind: "RETROSPECTIVE",
      retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
      assessmentId: assessed.submitLevelOfCareAssessment.assessment.id,
      effectiveFrom: "2026-10-05",
    };
    const first = await ok(tokens.paa, determine, { input: base });
    const earlier = first.determineLevelOfCare.determination.id as string;
    const superseding = (levelOfCareType: string) => () =>
      call(tokens.paa, determine, {
        input: { ...base, levelOfCareType, supersedesDeterminationId: earlier, supersessionReason: `Corrected to ${levelOfCareType}` },
      });
    const [winners, losers] = await race([superseding("NF_SKILLED"), superseding("NF_INTERMEDIATE"), superseding("NF_SKILLED")]);
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(errorCodes(loser)).toEqual(["CONFLICT"]);
    expect(await hub.subgraphs.levelofcare!.client.levelOfCareDetermination.count({ where: { supersedesId: earlier } })).toBe(1);
  });

  it("one record merged into two different survivors at once: one merge happens, the other is a CONFLICT", async () => {
    const [merged, survivorA, survivorB] = await Promise.all([
      newPerson("Osgood", "1941-03-03"),
      newPerson("Pellam", "1942-04-04"),
      newPerson("Rennick", "1943-05-05"),
    ]);
    const merge = `mutation ($survivorId: ID!, $mergedId: ID!) { mergeIndividuals(input: { survivorId: $survivorId, mergedId: $mergedId, reason: "Same person, two records" }) { survivor { id } } }`;
    const [winners, losers] = await race([survivorA, survivorB].map((survivorId) => () => call(tokens.state, merge, { survivorId, mergedId: merged })));
    expect(winners).toHaveLength(1);
    expect(errorCodes(losers[0]!)).toEqual(["CONFLICT"]);
    const record = await hub.subgraphs.individuals!.client.individual.findUnique({ where: { id: merged } });
    expect([survivorA, survivorB]).toContain(record!.mergedIntoId);
  });

  it("one person admitted by two facilities at once: one admission stands, the other is refused", async () => {
    const person = await newPerson("Tamsin", "1944-06-06");
    const [first, second] = demoFacilities;
    const facilityAdmits = (facilityId: string) => async () =>
      call(
        await hub.token({ role: "NURSING_FACILITY", facilityIds: [facilityId], organisationId: `nf-${facilityId}` }),
        `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`,
        {
          input: { individualId: person, facilityId, kind: "ADMISSION", effectiveOn: "2026-11-01", admissionSource: "COMMUNITY", payer: "MEDICAID" },
        },
      );
    const [winners, losers] = await race([facilityAdmits(first!.id), facilityAdmits(second!.id)]);
    expect(winners, JSON.stringify(losers.map((loser) => loser.errors))).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(errorCodes(losers[0]!)[0]);
    expect(await hub.subgraphs.facilities!.client.stay.count({ where: { individualId: person } })).toBe(1);
  });

  it("versions: a change based on a stale version is a CONFLICT naming the current one; racing changes from one version leave one winner", async () => {
    const person = await newPerson("Verity", "1945-09-09");
    const screened = await ok(tokens.hospital, submitScreen, { input: screenInput({ individualId: person, facilityId: hospitalId, mi: true }) });
    const referralId = screened.submitLevelOneScreen.levelOneScreen.referrals[0].id as string;
    const referral = await ok(tokens.mh, `query ($id: ID!) { levelTwoReferral(id: $id) { id version status } }`, { id: referralId });
    expect(referral.levelTwoReferral).toMatchObject({ version: 1, status: "OPEN" });

    const stale = await call(tokens.mh, recordDetermination, { input: { ...determinationInput(referralId, "2026-11-05"), expectedVersion: 7 } });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0]!.extensions).toMatchObject({ rule: "STALE_VERSION", expectedVersion: 7, currentVersion: 1 });

    const determined = await ok(tokens.mh, recordDetermination, { input: { ...determinationInput(referralId, "2026-11-05"), expectedVersion: 1 } });
    expect(determined.recordLevelTwoDetermination.levelTwoDetermination.referral.status).toBe("DETERMINED");
    const after = await ok(tokens.mh, `query ($id: ID!) { levelTwoReferral(id: $id) { version } }`, { id: referralId });
    expect(after.levelTwoReferral.version).toBe(2);

    const determinationId = determined.recordLevelTwoDetermination.levelTwoDetermination.id as string;
    const filed = await ok(tokens.state, `mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { appeal { id version status } } }`, {
      input: { determinationId, filedOn: "2026-11-06", grounds: "The person disagrees with the finding." },
    });
    expect(filed.fileAppeal.appeal).toMatchObject({ version: 1, status: "PENDING" });
    const decide = (decision: string) => () =>
      call(tokens.state, `mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { appeal { id version status } } }`, {
        input: { appealId: filed.fileAppeal.appeal.id, decision, decidedOn: "2026-11-10", expectedVersion: 1 },
      });
    const [winners, losers] = await race([decide("UPHELD"), decide("OVERTURNED"), decide("UPHELD")]);
    expect(winners).toHaveLength(1);
    expect((winners[0]!.data as { decideAppeal: { appeal: { version: number } } }).decideAppeal.appeal.version).toBe(2);
    for (const loser of losers) {
      expect(errorCodes(loser)).toEqual(["CONFLICT"]);
      expect(loser.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    }
  });
});
