import { randomUUID } from "node:crypto";
import { startScreenings } from "@pasrr/screenings";
import { addDays } from "@pasrr/calendar/calendar-date";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenInput, submitScreen } from "./support/screenings-scenario.ts";
import { graphql } from "./support/graphql.ts";
import { startTestHub, testToday, type TestHub } from "./support/hub.ts";
import { waitUntil } from "./support/wait-until.ts";

/**
 * Issue 5, item 6: census facts feed the Resident Review clocks by themselves. Facilities writes
 * each admission, transfer and discharge to its outbox in the census transaction; its relay
 * delivers them to screenings through the gateway (service identity), at least once. Told as
 * stories through the real gateway on PGlite (FEDERAL policy: hospital exemption 30 days).
 */
// Fast polls and short backoffs, so a test waits seconds, not minutes, for a retry (the hub's services read the hub's env only).
const feedEnv = { CENSUS_FEED_POLL_MS: "200", CENSUS_FEED_RETRY_BASE_MS: "200", CENSUS_FEED_RETRY_MAX_MS: "1000" };

/** Days before the test hub's pinned today, which every service takes for today. */
const daysAgo = (days: number) => addDays(testToday, -days);
const plus = addDays;

let hub: TestHub;
let gateway: string;
let stateToken: string;
const facilities: Record<string, string> = {};
const nfTokens: Record<string, string> = {};

const recordEvent = `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
const reviewsQuery = `query ($asOf: Date!) {
  due: residentReviewsDue(asOf: $asOf, withinDays: 366, first: 100) { edges { node { id reason triggeredOn dueOn individual { id } } } }
  overdue: overdueResidentReviews(asOf: $asOf, first: 100) { edges { node { id reason triggeredOn dueOn individual { id } } } }
}`;
type Review = { id: string; reason: string; triggeredOn: string; dueOn: string; individual: { id: string } };

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await graphql(gateway, query, { token, variables });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

/** The person's open reviews a NF sees as of a day: those still due, and those overdue. */
async function reviewsOf(nf: string, person: string, asOf: string): Promise<{ due: Review[]; overdue: Review[] }> {
  const data = await ok(nfTokens[nf]!, reviewsQuery, { asOf });
  const mine = (list: { edges: { node: Review }[] }) => list.edges.map((edge) => edge.node).filter((review) => review.individual.id === person);
  return { due: mine(data.due), overdue: mine(data.overdue) };
}

const givenNames = ["Odalys", "Bertram", "Quincy", "Marisol", "Thaddeus", "Wilhelmina", "Ezekiel"];
let registered = 0;
/** A clearly distinct synthetic person each time (registration detects duplicates). */
async function newPerson(familyName: string): Promise<string> {
  registered += 1;
  const input = {
    givenName: givenNames[registered % givenNames.length],
    familyName,
    birthDate: `19${30 + registered}-0${(registered % 9) + 1}-1${registered % 10}`,
    county: "Hamilton",
    state: "OH",
  };
  const data = await ok(stateToken, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`, {
    input,
  });
  expect(data.registerIndividual.outcome).toBe("CREATED");
  return data.registerIndividual.individual.id;
}

/** The hospital's Level I with MI indications and a physician-certified stay under 30 days: a hospital exemption. */
async function hospitalExemption(person: string, screenedOn: string) {
  const token = await hub.token({ role: "HOSPITAL", facilityIds: [facilities.HOSPITAL!] });
  const request = { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true, expectedStayDays: 20 };
  const data = await ok(token, submitScreen, { input: screenInput({ individualId: person, facilityId: facilities.HOSPITAL!, screenedOn, mi: true, request }) });
  expect(data.submitLevelOneScreen.levelOneScreen.outcome).toBe("EXEMPT_HOSPITAL_DISCHARGE");
}

async function census(nf: string, input: Record<string, unknown>): Promise<string> {
  const payer = input.kind === "ADMISSION" ? { payer: "MEDICARE_PART_A" } : {};
  const data = await ok(nfTokens[nf]!, recordEvent, { input: { facilityId: facilities[nf], ...payer, ...input } });
  return data.recordCensusEvent.event.id;
}

/** Waits until the relay has delivered (screenings acknowledged) every fact of these census events. */
async function delivered(...censusEventIds: string[]) {
  const outbox = hub.subgraphs.facilities!.client.residentFactOutbox;
  await waitUntil(`census events ${censusEventIds.join(", ")} are delivered`, async () => {
    const rows = await outbox.findMany({ where: { censusEventId: { in: censusEventIds } } });
    return rows.length > 0 && rows.every((row) => row.deliveredAt !== null) && new Set(rows.map((row) => row.censusEventId)).size === censusEventIds.length;
  });
}

beforeAll(async () => {
  hub = await startTestHub({ env: feedEnv });
  gateway = hub.gatewayUrl!;
  stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  const register = async (key: string, type: string) => {
    const input = {
      providerNumber: `FEED-${key}`,
      name: `Feed ${key}`,
      type,
      addressLine: "1 Feed Rd",
      city: "Cincinnati",
      postalCode: "45202",
      county: "Hamilton",
      state: "OH",
      region: "Region 1",
      medicaidCertified: true,
      certifiedBeds: 60,
    };
    facilities[key] = (
      await ok(stateToken, `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id } } }`, { input })
    ).registerFacility.facility.id;
  };
  await register("HOSPITAL", "HOSPITAL");
  for (const key of ["A", "B", "C"]) {
    await register(key, "NURSING_FACILITY");
    nfTokens[key] = await hub.token({ role: "NURSING_FACILITY", facilityIds: [facilities[key]!] });
  }
});
afterAll(() => hub?.stop());

describe("census facts start, move and end Resident Review clocks by themselves", () => {
  it("inpatient → hospital exemption → admitted (census) → still there on day 31 → review overdue", async () => {
    const person = await newPerson("Feed-Overdue");
    const admittedOn = daysAgo(45);
    await hospitalExemption(person, daysAgo(46));
    const admission = await census("A", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: admittedOn,
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: facilities.HOSPITAL,
    });
    await delivered(admission);

    const day30 = plus(admittedOn, 29);
    expect((await reviewsOf("A", person, day30)).overdue).toEqual([]);
    const onDay31 = await reviewsOf("A", person, plus(admittedOn, 30));
    expect(onDay31.overdue).toEqual([expect.objectContaining({ reason: "HOSPITAL_EXEMPTION_EXPIRING", triggeredOn: admittedOn, dueOn: day30 })]);
  });

  it("… discharged on day 20 → nothing overdue on day 31", async () => {
    const person = await newPerson("Feed-Discharged");
    const admittedOn = daysAgo(45);
    await hospitalExemption(person, daysAgo(46));
    const admission = await census("A", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: admittedOn,
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: facilities.HOSPITAL,
    });
    const discharge = await census("A", {
      individualId: person,
      kind: "DISCHARGE",
      effectiveOn: plus(admittedOn, 19),
      dischargeDestination: "HOME_OR_COMMUNITY",
    });
    await delivered(admission, discharge);

    expect(await reviewsOf("A", person, plus(admittedOn, 30))).toEqual({ due: [], overdue: [] });
  });

  it("… transferred to another NF on day 10 → the clock follows the person there, with the same due day (OH guide)", async () => {
    const person = await newPerson("Feed-Transfer");
    const admittedOn = daysAgo(45);
    await hospitalExemption(person, daysAgo(46));
    const admission = await census("A", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: admittedOn,
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: facilities.HOSPITAL,
    });
    const transfer = await census("A", { individualId: person, kind: "TRANSFER_OUT", effectiveOn: plus(admittedOn, 9), toFacilityId: facilities.B });
    await delivered(admission, transfer);

    const day31 = plus(admittedOn, 30);
    expect((await reviewsOf("A", person, day31)).overdue).toEqual([]);
    expect((await reviewsOf("B", person, day31)).overdue).toEqual([
      expect.objectContaining({ reason: "HOSPITAL_EXEMPTION_EXPIRING", dueOn: plus(admittedOn, 29) }),
    ]);
  });

  it("admitted from another NF with no Level I on file → review due on the day of admission (OH guide, code #6)", async () => {
    const person = await newPerson("Feed-NoRecords");
    const admittedOn = daysAgo(5);
    const admission = await census("B", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: admittedOn,
      admissionSource: "ANOTHER_NURSING_FACILITY",
      fromFacilityId: facilities.C,
    });
    await delivered(admission);
    expect((await reviewsOf("B", person, admittedOn)).due).toEqual([expect.objectContaining({ reason: "NF_TRANSFER_NO_PASRR_RECORDS", dueOn: admittedOn })]);
  });

  it("a PAS is good for one admission: discharged home and re-admitted on the same PAS → review due at once, no second exemption clock (OH guide)", async () => {
    const person = await newPerson("Feed-Readmitted");
    const firstAdmission = daysAgo(60);
    await hospitalExemption(person, daysAgo(61));
    const events = [
      await census("A", {
        individualId: person,
        kind: "ADMISSION",
        effectiveOn: firstAdmission,
        admissionSource: "HOSPITAL_INPATIENT",
        fromFacilityId: facilities.HOSPITAL,
      }),
      await census("A", { individualId: person, kind: "DISCHARGE", effectiveOn: daysAgo(50), dischargeDestination: "HOME_OR_COMMUNITY" }),
      await census("A", { individualId: person, kind: "ADMISSION", effectiveOn: daysAgo(20), admissionSource: "COMMUNITY" }),
    ];
    await delivered(...events);
    const reviews = await reviewsOf("A", person, daysAgo(20));
    expect([...reviews.due, ...reviews.overdue]).toEqual([
      expect.objectContaining({ reason: "PAS_ALREADY_USED", triggeredOn: daysAgo(20), dueOn: daysAgo(20) }),
    ]);
  });
});

describe("a return from hospital is no new admission", () => {
  it("NF resident discharged to hospital, re-admitted from the hospital on the same PAS → no new review; the exemption clock still open resumes with its own due day (OH guide)", async () => {
    const person = await newPerson("Feed-Returned");
    await hospitalExemption(person, daysAgo(61));
    const events = [
      await census("A", {
        individualId: person,
        kind: "ADMISSION",
        effectiveOn: daysAgo(60),
        admissionSource: "HOSPITAL_INPATIENT",
        fromFacilityId: facilities.HOSPITAL,
      }),
      await census("A", { individualId: person, kind: "DISCHARGE", effectiveOn: daysAgo(25), dischargeDestination: "HOSPITAL" }),
      await census("A", {
        individualId: person,
        kind: "ADMISSION",
        effectiveOn: daysAgo(20),
        admissionSource: "HOSPITAL_INPATIENT",
        fromFacilityId: facilities.HOSPITAL,
      }),
    ];
    await delivered(...events);
    const facts = await hub.subgraphs.facilities!.client.residentFactOutbox.findMany({
      where: { censusEventId: { in: events } },
      orderBy: { createdAt: "asc" },
    });
    expect(facts.map((row) => row.fact)).toEqual(["ADMITTED", "DISCHARGED", "READMITTED_FROM_HOSPITAL"]);
    // OH guide: a return from hospital needs no new hospital exemption ("only needed for ... new
    // admissions"), so no second clock starts; and days out at the hospital count towards the open
    // tally, so the exemption's review, due by day 30 of the first admission and never done, is still overdue.
    const reviews = await reviewsOf("A", person, daysAgo(0));
    expect(reviews.due).toEqual([]);
    expect(reviews.overdue).toEqual([expect.objectContaining({ reason: "HOSPITAL_EXEMPTION_EXPIRING", triggeredOn: daysAgo(60) })]);
  });
});

describe("a fact the graph refuses is set aside, not retried for ever", () => {
  it("a fact for a facility the registry does not hold is refused (NOT_FOUND), dead-lettered at its first try and counted on /metrics; the person's next fact is delivered", async () => {
    const person = await newPerson("Feed-Refused");
    const facilitiesDb = hub.subgraphs.facilities!.client;
    const unregistered = randomUUID();
    // Written as the census transaction would, but for a facility nobody registered: screenings cannot accept it.
    await facilitiesDb.residentFactOutbox.create({
      data: {
        censusEventId: randomUUID(),
        individualId: person,
        facilityId: unregistered,
        facilityCounty: "Hamilton",
        fact: "ADMITTED",
        occurredOn: new Date(`${daysAgo(9)}T00:00:00Z`),
      },
    });
    const admission = await census("B", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: daysAgo(3),
      admissionSource: "ANOTHER_NURSING_FACILITY",
      fromFacilityId: facilities.C,
    });
    await delivered(admission);

    const refused = await facilitiesDb.residentFactOutbox.findFirstOrThrow({ where: { facilityId: unregistered } });
    expect(refused).toMatchObject({ attempts: 1, deliveredAt: null, lastError: expect.stringMatching(/^NOT_FOUND: /) });
    expect(refused.deadLetteredAt).toBeInstanceOf(Date);
    const metrics = await (await fetch(hub.subgraphs.facilities!.url.replace(/\/graphql$/, "/metrics"))).text();
    expect(metrics).toMatch(/^census_feed_dead_letters_total\{reason="refused",service="facilities"\} 1$/m);
  });
});

describe("delivery is at least once, and harmless when repeated", () => {
  it("a fact recorded while screenings is down is retried with backoff, arrives once when it is back, and a repeated delivery starts no second clock", async () => {
    const running = hub.subgraphs.screenings!;
    const port = running.port;
    await running.stop();
    const person = await newPerson("Feed-Retried");
    const admittedOn = daysAgo(3);
    const admission = await census("C", {
      individualId: person,
      kind: "ADMISSION",
      effectiveOn: admittedOn,
      admissionSource: "ANOTHER_NURSING_FACILITY",
      fromFacilityId: facilities.A,
    });
    const outbox = hub.subgraphs.facilities!.client.residentFactOutbox;
    const failed = await waitUntil("the relay has failed twice", async () => {
      const row = await outbox.findFirst({ where: { censusEventId: admission } });
      return row && row.attempts >= 2 && row.deliveredAt === null ? row : null;
    });
    expect(failed.lastError).toBeTruthy();

    // Screenings comes back on the same address (a fresh in-memory database: the person has no Level I there either).
    const restartEnv = { ...hub.env, SCREENINGS_PORT: String(port) };
    const restarted = await startScreenings(loadSubgraphConfig("screenings", restartEnv), restartEnv);
    try {
      await delivered(admission);
      const reviews = () => reviewsOf("C", person, admittedOn).then((found) => found.due);
      expect(await reviews()).toEqual([expect.objectContaining({ reason: "NF_TRANSFER_NO_PASRR_RECORDS" })]);

      // The relay crashed after screenings acknowledged but before it marked the row: it sends it again.
      await outbox.updateMany({ where: { censusEventId: admission }, data: { deliveredAt: null, nextAttemptAt: new Date() } });
      await delivered(admission);
      expect((await outbox.findFirst({ where: { censusEventId: admission } }))!.attempts).toBeGreaterThan(failed.attempts + 1);
      expect(await reviews()).toHaveLength(1);
      expect(await restarted.client.residentReview.count({ where: { triggerEventId: admission } })).toBe(1);
    } finally {
      await restarted.stop();
    }
  });
});
