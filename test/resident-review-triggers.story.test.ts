import { randomUUID } from "node:crypto";
import { addDays } from "@pasrr/calendar/calendar-date";
import type { PolicyState } from "@pasrr/calendar/state-time-zones";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { determinationInput, recordDetermination, screenInput, submitScreen } from "./support/screenings-scenario.ts";
import { graphql } from "./support/graphql.ts";
import { startTestHub, testToday, type TestHub } from "./support/hub.ts";
import { registeredFacility } from "./support/registered-facility.ts";
import { waitUntil } from "./support/wait-until.ts";

/**
 * Issue 17 (clocks): Resident Reviews and findings started by census facts and determinations,
 * never typed in, told through the real gateway under each state's pack. The census feed delivers
 * the facts by itself; every date is counted from the hub's pinned today.
 */
/** The feed polls and retries within a test's patience (the hub reads its settings from the env it is given). */
const feedEnv = { CENSUS_FEED_POLL_MS: "200", CENSUS_FEED_RETRY_BASE_MS: "200", CENSUS_FEED_RETRY_MAX_MS: "1000" };

const daysAgo = (days: number) => addDays(testToday, -days);
const inDays = (days: number) => addDays(testToday, days);

const recordEvent = `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
const reportEvent = `mutation ($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { reason triggeredOn dueOn completedOn source } } }`;
const worklists = `query ($asOf: Date!) {
  due: residentReviewsDue(asOf: $asOf, withinDays: 366, first: 100) { edges { node { reason triggeredOn dueOn source individual { id } } } }
  overdue: overdueResidentReviews(asOf: $asOf, first: 100) { edges { node { reason triggeredOn dueOn source individual { id } } } }
}`;
type Review = { reason: string; triggeredOn: string; dueOn: string; source: string };

/** A hub under one state's pack, with a hospital and two NFs registered, and the calls its stories make. */
function stateHub(state: PolicyState) {
  const world = { hub: undefined as unknown as TestHub, hospital: "", nf: "", otherNf: "", tokens: {} as Record<string, string> };
  beforeAll(async () => {
    // The pack and the clock's zone both come from the hub's env.
    world.hub = await startTestHub({ env: { ...feedEnv, PASRR_POLICY_STATE: state } });
    world.hospital = await registeredFacility(world.hub, "HOSPITAL");
    world.nf = await registeredFacility(world.hub, "NURSING_FACILITY");
    world.otherNf = await registeredFacility(world.hub, "NURSING_FACILITY");
    world.tokens.hospital = await world.hub.token({ role: "HOSPITAL", facilityIds: [world.hospital] });
    world.tokens.nf = await world.hub.token({ role: "NURSING_FACILITY", facilityIds: [world.nf] });
    world.tokens.otherNf = await world.hub.token({ role: "NURSING_FACILITY", facilityIds: [world.otherNf] });
    world.tokens.mh = await world.hub.token({ role: "MH_AUTHORITY" });
    world.tokens.state = await world.hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => world.hub?.stop());

  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const answer = await graphql(world.hub.gatewayUrl!, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data, JSON.stringify(answer)).toBeTruthy();
    return answer.data!;
  };
  return {
    world,
    ok,
    /** The hospital's Level I; `mi` makes it a Level II referral. */
    async screen(person: string, screenedOn: string, mi = false) {
      const data = await ok(world.tokens.hospital!, submitScreen, { input: screenInput({ individualId: person, facilityId: world.hospital, screenedOn, mi }) });
      return data.submitLevelOneScreen.levelOneScreen as { id: string; outcome: string; referrals: { id: string }[] };
    },
    async determine(referralId: string, determinedOn: string, extra: Record<string, unknown> = {}) {
      await ok(world.tokens.mh!, recordDetermination, { input: determinationInput(referralId, determinedOn, extra) });
    },
    /** A census event at the NF (or the other NF), waited for until the feed has delivered its fact. */
    async census(input: Record<string, unknown>, at: "nf" | "otherNf" = "nf") {
      const payer = input.kind === "ADMISSION" && !input.payer ? { payer: "MEDICARE_PART_A" } : {};
      const data = await ok(world.tokens[at]!, recordEvent, { input: { facilityId: world[at], ...payer, ...input } });
      const id = data.recordCensusEvent.event.id as string;
      const outbox = world.hub.subgraphs.facilities!.client.residentFactOutbox;
      await waitUntil(`census event ${id} is delivered`, async () =>
        (await outbox.findMany({ where: { censusEventId: id } })).every((row) => row.deliveredAt !== null),
      );
      return id;
    },
    /** The person's open reviews a NF sees as of a day. */
    async reviews(person: string, asOf: string, at: "nf" | "otherNf" = "nf"): Promise<{ due: Review[]; overdue: Review[] }> {
      const data = await ok(world.tokens[at]!, worklists, { asOf });
      const mine = (list: { edges: { node: Review & { individual: { id: string } } }[] }) =>
        list.edges
          .map((edge) => edge.node)
          .filter((node) => node.individual.id === person)
          .map(({ individual: _, ...review }) => review);
      return { due: mine(data.due), overdue: mine(data.overdue) };
    },
  };
}

describe("CT", () => {
  const ct = stateHub("CT");

  it("CT: back from a psychiatric hospital, the NF has 14 days to submit the status change; the worklist shows it from the census alone", async () => {
    const person = randomUUID();
    await ct.screen(person, daysAgo(41));
    await ct.census({
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(40),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: ct.world.hospital,
    });
    await ct.census({ individualId: person, kind: "DISCHARGE", effectiveOn: daysAgo(10), dischargeDestination: "PSYCHIATRIC_HOSPITAL" });
    await ct.census({ individualId: person, kind: "ADMISSION", effectiveOn: daysAgo(3), admissionSource: "PSYCHIATRIC_UNIT" });
    expect((await ct.reviews(person, testToday)).due).toEqual([
      expect.objectContaining({
        reason: "RETURNED_FROM_PSYCHIATRIC_HOSPITAL",
        triggeredOn: daysAgo(3),
        dueOn: inDays(11),
        source: expect.stringMatching(/14 days to submit/),
      }),
    ]);
  });

  it("CT: a time-limited Level II approval for a resident puts the subsequent screen on the NF's worklist 7 days before the approval ends, from the determination", async () => {
    const person = randomUUID();
    const screen = await ct.screen(person, daysAgo(30), true);
    // Admitted while the Level II is open (a finding in CT, as everywhere but CO's Medicaid admissions).
    await ct.census({
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(20),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: ct.world.hospital,
      payer: "MEDICAID",
    });
    expect((await ct.reviews(person, testToday)).overdue).toEqual([expect.objectContaining({ reason: "LEVEL_II_OPEN_AT_ADMISSION", dueOn: daysAgo(20) })]);
    await ct.determine(screen.referrals[0]!.id, daysAgo(2), { approvalPeriod: "TIME_LIMITED", approvedThrough: inDays(30) });
    // The determination closes the finding and starts the approval's clock at the NF the census has the person in.
    expect(await ct.reviews(person, testToday)).toEqual({
      due: [
        expect.objectContaining({
          reason: "LEVEL_II_APPROVAL_EXPIRING",
          triggeredOn: daysAgo(2),
          dueOn: inDays(23),
          source: expect.stringMatching(/7-10 days prior/),
        }),
      ],
      overdue: [],
    });
  });

  it("CT: admitted on a time-limited Level II approval, the review is due 7 days before it ends", async () => {
    const person = randomUUID();
    const screen = await ct.screen(person, daysAgo(30), true);
    await ct.determine(screen.referrals[0]!.id, daysAgo(25), { approvalPeriod: "TIME_LIMITED", approvedThrough: inDays(60) });
    await ct.census(
      { individualId: person, kind: "ADMISSION", effectiveOn: daysAgo(20), admissionSource: "HOSPITAL_INPATIENT", fromFacilityId: ct.world.hospital },
      "otherNf",
    );
    expect((await ct.reviews(person, testToday, "otherNf")).due).toEqual([
      expect.objectContaining({ reason: "LEVEL_II_APPROVAL_EXPIRING", triggeredOn: daysAgo(20), dueOn: inDays(53) }),
    ]);
  });

  it("a return from hospital with no PASRR records on file needs a review at once (OH guide, code #6)", async () => {
    const person = randomUUID();
    const answer = await ct.ok(ct.world.tokens.state!, reportEvent, {
      i: { individualId: person, facilityId: ct.world.otherNf, event: "READMITTED_FROM_HOSPITAL", occurredOn: daysAgo(1) },
    });
    expect(answer.reportResidentEvent.residentReview).toMatchObject({ reason: "NF_TRANSFER_NO_PASRR_RECORDS", dueOn: daysAgo(1), completedOn: null });
  });
});

describe("IL", () => {
  const il = stateHub("IL");

  it("IL: a resident of 60+ days back within 60 days is readmitted without a new PAS (IL IV.H.3), from the census's stays", async () => {
    const person = randomUUID();
    await il.screen(person, daysAgo(151));
    await il.census({
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(150),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: il.world.hospital,
    });
    await il.census({ individualId: person, kind: "DISCHARGE", effectiveOn: daysAgo(70), dischargeDestination: "HOME_OR_COMMUNITY" });
    await il.census({ individualId: person, kind: "ADMISSION", effectiveOn: daysAgo(20), admissionSource: "COMMUNITY" });
    expect(await il.reviews(person, testToday)).toEqual({ due: [], overdue: [] });
  });

  it("IL: back after more than 60 days away, the used PAS is not enough: a review is due at once", async () => {
    const person = randomUUID();
    await il.screen(person, daysAgo(181));
    await il.census({
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(180),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: il.world.hospital,
    });
    await il.census({ individualId: person, kind: "DISCHARGE", effectiveOn: daysAgo(90), dischargeDestination: "HOME_OR_COMMUNITY" });
    await il.census({ individualId: person, kind: "ADMISSION", effectiveOn: daysAgo(20), admissionSource: "COMMUNITY" });
    expect((await il.reviews(person, testToday)).overdue).toEqual([
      expect.objectContaining({ reason: "PAS_ALREADY_USED", triggeredOn: daysAgo(20), dueOn: daysAgo(20) }),
    ]);
  });
});

describe("CO", () => {
  const co = stateHub("CO");

  it("CO: a private-pay admission while the Level II is open is a finding until the determination (CO 8.401.183 C); a Medicaid admission is none", async () => {
    const privatePay = randomUUID();
    const screen = await co.screen(privatePay, daysAgo(12), true);
    await co.census({
      individualId: privatePay,
      kind: "ADMISSION",
      effectiveOn: daysAgo(10),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: co.world.hospital,
      payer: "PRIVATE",
    });
    expect((await co.reviews(privatePay, testToday)).overdue).toEqual([
      expect.objectContaining({
        reason: "LEVEL_II_OPEN_AT_ADMISSION",
        triggeredOn: daysAgo(10),
        dueOn: daysAgo(10),
        source: expect.stringMatching(/8\.401\.183 C/),
      }),
    ]);
    await co.determine(screen.referrals[0]!.id, daysAgo(1));
    expect(await co.reviews(privatePay, testToday)).toEqual({ due: [], overdue: [] });

    const medicaid = randomUUID();
    await co.screen(medicaid, daysAgo(12), true);
    await co.census({
      individualId: medicaid,
      kind: "ADMISSION",
      effectiveOn: daysAgo(10),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: co.world.hospital,
      payer: "MEDICAID",
    });
    expect(await co.reviews(medicaid, testToday)).toEqual({ due: [], overdue: [] });
  });
});

describe("MN", () => {
  const mn = stateHub("MN");

  it("MN: a Level I dated after the admission is a finding the admission report returns, done late by that screen (MN bulletin: prior to admission for all referrals)", async () => {
    const person = randomUUID();
    const screen = await mn.screen(person, daysAgo(5));
    await mn.census({
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(8),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: mn.world.hospital,
    });
    // The NF's own report of the same admission answers with the finding the census feed recorded.
    const answer = await mn.ok(mn.world.tokens.nf!, reportEvent, {
      i: { individualId: person, facilityId: mn.world.nf, event: "ADMITTED", occurredOn: daysAgo(8) },
    });
    expect(answer.reportResidentEvent.residentReview).toEqual({
      reason: "LEVEL_I_AFTER_ADMISSION",
      triggeredOn: daysAgo(8),
      dueOn: daysAgo(8),
      completedOn: daysAgo(5),
      source: expect.stringMatching(/prior to admission for all referrals/),
    });
    expect(screen.outcome).toBe("NO_INDICATIONS");

    // Done late, it is off the worklists but still a finding against the NF, and only that NF's.
    expect(await mn.reviews(person, testToday)).toEqual({ due: [], overdue: [] });
    const findings = `query ($since: Date!) { residentReviewFindings(since: $since, first: 100) { edges { node { reason completedOn facilityId individual { id } } } } }`;
    const findingsOf = async (at: "nf" | "otherNf", since: string) =>
      ((await mn.ok(mn.world.tokens[at]!, findings, { since })).residentReviewFindings.edges as { node: { individual: { id: string } } }[])
        .map((edge) => edge.node)
        .filter((node) => node.individual.id === person);
    expect(await findingsOf("nf", daysAgo(30))).toEqual([
      { reason: "LEVEL_I_AFTER_ADMISSION", completedOn: daysAgo(5), facilityId: mn.world.nf, individual: { id: person } },
    ]);
    expect(await findingsOf("nf", daysAgo(7))).toEqual([]);
    expect(await findingsOf("otherNf", daysAgo(30))).toEqual([]);
  });
});
