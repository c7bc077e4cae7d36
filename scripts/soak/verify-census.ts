import { setTimeout as sleep } from "node:timers/promises";
import { callsPerFact, countDeliveries, countMissingAndDuplicated, countOutOfOrder, type Effect, type Fact } from "./census-checks.ts";
import { withClient } from "./verify.ts";

export interface CensusDelivery {
  facts: number;
  /** Outbox rows (anyone's) not yet delivered. */
  undelivered: number;
  /** Calls of reportResidentEvent by the facilities service that screenings received (its audit trail). */
  calls: number;
  /** Facts screenings never received. */
  neverReceived: number;
  /** Calls beyond the relay's recorded attempts (census-checks.ts, countDeliveries). */
  repeated: number;
  /** Facts with no effect in screenings. */
  missing: number;
  /** Effects written more than once for one fact. */
  duplicated: number;
  /** People whose effects do not follow their census order, or whose clocks do not end where their census story ends. */
  outOfOrder: number;
  examples: string[];
}

const countUndelivered = (facilitiesUrl: string) =>
  withClient(facilitiesUrl, async (client) =>
    Number((await client.query(`SELECT count(*) AS n FROM "ResidentFactOutbox" WHERE "deliveredAt" IS NULL`)).rows[0].n),
  );

/** Waits until every outbox row is delivered, or the time is up; how many are left. */
export async function waitUntilDrained(facilitiesUrl: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await countUndelivered(facilitiesUrl);
    if (left === 0 || Date.now() > deadline) return left;
    await sleep(250);
  }
}

const readFacts = (facilitiesUrl: string, people: string[]) =>
  withClient(facilitiesUrl, async (client) => {
    const { rows } = await client.query<Fact>(
      `SELECT "censusEventId" AS event, "individualId" AS person, "facilityId" AS facility, fact, attempts FROM "ResidentFactOutbox"
        WHERE "individualId"::text = ANY($1::text[]) ORDER BY "createdAt", id`,
      [people],
    );
    return rows;
  });

/** Screenings' side: the rows the facts wrote, who was screened exempt, and the ids each of the relays' calls named (its audit row). */
const readScreenings = (screeningsUrl: string, people: string[]) =>
  withClient(screeningsUrl, async (client) => {
    const effects = await client.query<Effect>(
      `SELECT "triggerEventId" AS event, "individualId" AS person, "createdAt" AS created, 'NursingFacilityAdmission' AS table,
              NULL AS reason, "facilityId" AS facility, false AS open
         FROM "NursingFacilityAdmission" WHERE "individualId"::text = ANY($1::text[]) AND "triggerEventId" IS NOT NULL
       UNION ALL
       SELECT "triggerEventId", "individualId", "createdAt", 'ResidentReview', reason::text, "facilityId", "completedOn" IS NULL AND "endedOn" IS NULL
         FROM "ResidentReview" WHERE "individualId"::text = ANY($1::text[])`,
      [people],
    );
    const exempt = await client.query<{ person: string }>(
      `SELECT DISTINCT "individualId" AS person FROM "LevelOneScreen" WHERE outcome = 'EXEMPT_HOSPITAL_DISCHARGE' AND "individualId"::text = ANY($1::text[])`,
      [people],
    );
    const calls = await client.query<{ ids: string[] }>(
      `SELECT "entityIds" AS ids FROM "AuditEvent" WHERE subject = 'service:facilities' AND 'reportResidentEvent' = ANY(writes)`,
    );
    return {
      effects: effects.rows,
      exempt: new Set(exempt.rows.map((row) => row.person)),
      calls: calls.rows.map((row) => row.ids),
    };
  });

/** Checks from the databases that the census feed delivered each fact of the soak's people exactly once, in order per person. */
export async function verifyCensusDelivery(urls: Record<string, string>, people: Set<string>): Promise<CensusDelivery> {
  const ids = [...people];
  const facts = await readFacts(urls.facilities!, ids);
  const screenings = await readScreenings(urls.screenings!, ids);
  const { effects, exempt } = screenings;
  const calls = callsPerFact(facts, screenings.calls);
  const deliveryExamples: string[] = [];
  const effectExamples: string[] = [];
  const orderExamples: string[] = [];
  const { neverReceived, repeated } = countDeliveries(facts, calls, deliveryExamples);
  const { missing, duplicated } = countMissingAndDuplicated(facts, effects, exempt, effectExamples);
  const outOfOrder = countOutOfOrder(facts, effects, orderExamples);
  // A few of each kind, so one kind's many do not hide another's.
  const examples = [deliveryExamples, effectExamples, orderExamples].flatMap((some) => some.slice(0, 4));
  const received = facts.reduce((sum, fact) => sum + (calls.get(fact.event) ?? 0), 0);
  return {
    facts: facts.length,
    undelivered: await countUndelivered(urls.facilities!),
    calls: received,
    neverReceived,
    repeated,
    missing,
    duplicated,
    outOfOrder,
    examples,
  };
}
