import { randomUUID } from "node:crypto";
import { addDays } from "@pasrr/calendar/calendar-date";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, testToday, type TestHub } from "./support/hub.ts";
import { registeredFacility } from "./support/registered-facility.ts";
import { screenInput, submitScreen } from "./support/screenings-scenario.ts";

/**
 * Issue 19: screenings applies each census event once, by a key in its database, not by a read
 * before the write. The same census fact delivered several times at the same moment (two relays
 * after a lease ran out, a relay and its retry) through the real gateway on PostgreSQL, where the
 * requests really run side by side: one effect, and every delivery answered successfully with it.
 */
const reportEvent = `mutation ($input: ReportResidentEventInput!) { reportResidentEvent(input: $input) { residentReview { id reason dueOn } } }`;
const daysAgo = (days: number) => addDays(testToday, -days);
const times = 4;

describe("racing deliveries of one census fact (PostgreSQL)", () => {
  let hub: TestHub;
  let nf: string;
  let otherNf: string;
  let hospital: string;
  let stateToken: string;

  // Reported as the state agency, which may report for any facility: the relay's NF token would
  // also need the person's census stay there, which these tests do not need to build.
  const report = (input: Record<string, unknown>) => graphql(hub.gatewayUrl!, reportEvent, { token: stateToken, variables: { input } });
  const screenings = () => hub.subgraphs.screenings!.client;
  /** Sends the same fact `times` times at once; every answer must be a success. */
  async function race(input: Record<string, unknown>): Promise<GraphQLAnswer[]> {
    const answers = await Promise.all(Array.from({ length: times }, () => report(input)));
    for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answers;
  }
  type Reported = { reportResidentEvent: { residentReview: { id: string } | null } };
  const reviewIds = (answers: GraphQLAnswer[]) => answers.map((answer) => (answer.data as Reported).reportResidentEvent.residentReview?.id ?? null);

  beforeAll(async () => {
    hub = await startTestHub({ database: "postgres" });
    [nf, otherNf, hospital] = [
      await registeredFacility(hub, "NURSING_FACILITY"),
      await registeredFacility(hub, "NURSING_FACILITY"),
      await registeredFacility(hub, "HOSPITAL"),
    ];
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => hub?.stop());

  it("a transfer in with no PASRR records delivered four times at once opens one review and records one admission; every delivery gets that review", async () => {
    const individualId = randomUUID();
    const censusEventId = randomUUID();
    const answers = await race({ individualId, facilityId: nf, event: "TRANSFERRED_IN", fromFacilityId: otherNf, occurredOn: daysAgo(2), censusEventId });

    const ids = reviewIds(answers);
    expect(ids[0]).not.toBeNull();
    expect(new Set(ids)).toEqual(new Set([ids[0]]));
    expect(await screenings().residentReview.count({ where: { individualId } })).toBe(1);
    expect(await screenings().residentReview.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ reason: "NF_TRANSFER_NO_PASRR_RECORDS" });
    expect(await screenings().nursingFacilityAdmission.count({ where: { individualId } })).toBe(1);
    expect(await screenings().appliedCensusEvent.findUniqueOrThrow({ where: { censusEventId } })).toMatchObject({ residentReviewId: ids[0] });
  });

  it("a return from hospital delivered four times at once resumes the clock the discharge ended once, not four times", async () => {
    const hospitalToken = await hub.token({ role: "HOSPITAL", facilityIds: [hospital] });
    const registered = await graphql(
      hub.gatewayUrl!,
      `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`,
      {
        token: stateToken,
        variables: { input: { givenName: "Racey", familyName: "Returnsworth", birthDate: "1941-06-15", county: "Hamilton", state: "OH" } },
      },
    );
    const individualId = registered.data!.registerIndividual.individual.id as string;
    // A hospital exemption (MI, a stay under 30 days certified): admitted on it, its clock starts.
    const exemption = { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true, expectedStayDays: 20 };
    const screened = await graphql(hub.gatewayUrl!, submitScreen, {
      token: hospitalToken,
      variables: { input: screenInput({ individualId, facilityId: hospital, screenedOn: daysAgo(21), mi: true, request: exemption }) },
    });
    expect(screened.errors).toBeUndefined();
    const admitted = await report({ individualId, facilityId: nf, event: "ADMITTED", occurredOn: daysAgo(20), censusEventId: randomUUID() });
    const clock = admitted.data!.reportResidentEvent.residentReview;
    expect(clock).toMatchObject({ reason: "HOSPITAL_EXEMPTION_EXPIRING" });
    expect((await report({ individualId, facilityId: nf, event: "DISCHARGED", occurredOn: daysAgo(10), censusEventId: randomUUID() })).errors).toBeUndefined();

    const censusEventId = randomUUID();
    const answers = await race({ individualId, facilityId: nf, event: "READMITTED_FROM_HOSPITAL", occurredOn: daysAgo(5), censusEventId });

    const resumed = await screenings().residentReview.findMany({ where: { triggerEventId: censusEventId } });
    expect(resumed).toHaveLength(1);
    expect(resumed[0]).toMatchObject({ reason: "HOSPITAL_EXEMPTION_EXPIRING", endedOn: null, dueOn: new Date(`${clock.dueOn}T00:00:00.000Z`) });
    expect(new Set(reviewIds(answers))).toEqual(new Set([resumed[0]!.id]));
    expect(await screenings().residentReview.count({ where: { individualId, endedOn: null, completedOn: null } })).toBe(1);
  });
});
