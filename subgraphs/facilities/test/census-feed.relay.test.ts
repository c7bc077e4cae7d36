import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { fixedClock } from "@pasrr/calendar/clock";
import { repoRoot } from "@pasrr/config/repo-paths";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { openDatabase, type Database } from "@pasrr/db/database";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { createLogger } from "@pasrr/observability/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testToday } from "../../../test/support/hub.ts";
import { createScratchDatabases } from "../../../test/support/postgres.ts";
import { runNode } from "../../../test/support/processes.ts";
import { waitUntil } from "../../../test/support/wait-until.ts";
import { createClient, type FacilitiesDb } from "../src/db.ts";
import type { ResidentFactOutbox } from "../src/generated/prisma/client.ts";
import { DeliveryFailure, type Delivery } from "../src/census-feed/graph-delivery.services.ts";
import { requeueDeadLetters } from "../src/census-feed/outbox-maintenance.store.ts";
import { startOutboxRelay, type OutboxRelay, type RelaySettings } from "../src/census-feed/outbox-relay.services.ts";
import { purgeExpiredFacts, startOutboxRetention } from "../src/census-feed/outbox-retention.services.ts";

/**
 * Issue 19: the census feed's relay is safe at any number of replicas. Two relays (two replicas)
 * share ONE database — PGlite, and a real PostgreSQL where each has its own connection pool —
 * and deliver through a recording delivery that is sometimes slow and sometimes fails.
 */
const prismaDir = fileURLToPath(new URL("../prisma", import.meta.url));
const clock = fixedClock(testToday, "America/New_York");
const quiet = createLogger("census-feed-test", { logLevel: "silent" });
const settings: RelaySettings = { pollMs: 50, leaseMs: 30_000, retryBaseMs: 20, retryMaxMs: 100, maxAttempts: 3 };
const dayMs = 86_400_000;

/** One call of a delivery: which relay, which row, and how it ended. */
interface Call {
  relay: string;
  row: ResidentFactOutbox;
  outcome: "delivered" | "failed" | "hung";
}

type Behaviour = (row: ResidentFactOutbox, tries: number) => "deliver" | "outage" | "fail" | "refuse" | "hang";

/**
 * A delivery that records every call and does what `behaviour` says: deliver after a short random
 * pause, fail (an outage, or a failure that may be the row's), refuse, or hang until `release()`. It also records whether a
 * row was sent while one of its person's earlier rows was not yet delivered (out of order).
 */
function recordingDelivery(relay: string, calls: Call[], behaviour: Behaviour, order: OrderWatch) {
  const hung: (() => void)[] = [];
  const deliver: Delivery = async (row) => {
    order.starting(row);
    const tries = calls.filter((call) => call.row.id === row.id).length + 1;
    const action = behaviour(row, tries);
    await sleep(Math.floor(Math.random() * 8));
    if (action === "hang") {
      calls.push({ relay, row, outcome: "hung" });
      return new Promise<void>((resolve) => hung.push(resolve));
    }
    if (action !== "deliver") {
      calls.push({ relay, row, outcome: "failed" });
      if (action === "refuse") throw new DeliveryFailure("refused", "BAD_USER_INPUT", "BAD_USER_INPUT: input.occurredOn: refused by the test");
      if (action === "outage") throw new DeliveryFailure("outage", "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE: the test's graph is down");
      throw new Error("the test's delivery failed");
    }
    calls.push({ relay, row, outcome: "delivered" });
    order.delivered(row);
  };
  return { deliver, release: () => hung.splice(0).forEach((resolve) => resolve()) };
}

/** Watches per-person order: a row may be sent only once every earlier row of its person was delivered. */
class OrderWatch {
  readonly violations: string[] = [];
  private readonly done = new Set<string>();
  constructor(private readonly rows: ResidentFactOutbox[]) {}
  starting(row: ResidentFactOutbox) {
    const earlier = this.rows.filter((other) => other.individualId === row.individualId && other.sequence < row.sequence);
    for (const other of earlier) if (!this.done.has(other.id)) this.violations.push(`row ${row.sequence} sent before row ${other.sequence}`);
  }
  delivered(row: ResidentFactOutbox) {
    this.done.add(row.id);
  }
}

/** `count` facts for each of `people` people, written interleaved (as census events of many people arrive). */
async function writeFacts(db: FacilitiesDb, people: number, count: number): Promise<ResidentFactOutbox[]> {
  const persons = Array.from({ length: people }, () => randomUUID());
  const facility = randomUUID();
  for (let n = 0; n < count; n += 1) {
    const data = persons.map((individualId) => ({
      censusEventId: randomUUID(),
      individualId,
      facilityId: facility,
      facilityCounty: "Hamilton",
      fact: n === count - 1 ? ("DISCHARGED" as const) : ("ADMITTED" as const),
      occurredOn: new Date(clock.now().getTime() - (count - n) * dayMs),
    }));
    // A thousand rows a statement keeps within PostgreSQL's limit of bound values.
    for (let from = 0; from < data.length; from += 1_000) await db.residentFactOutbox.createMany({ data: data.slice(from, from + 1_000) });
  }
  return db.residentFactOutbox.findMany({ where: { individualId: { in: persons } }, orderBy: { sequence: "asc" } });
}

const allDelivered = (db: FacilitiesDb, rows: ResidentFactOutbox[]) =>
  waitUntil(
    "every row is delivered",
    async () => (await db.residentFactOutbox.count({ where: { id: { in: rows.map((row) => row.id) }, deliveredAt: null } })) === 0,
  );

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

/** Two replicas' clients on one facilities database, migrated. */
async function twoReplicas(kind: "pglite" | "postgres") {
  if (kind === "pglite") {
    // One PGlite is one process's database: both relays share it, as two relays in one process would.
    const database = await openDatabase({ kind: "pglite", dataDir: "memory://", variable: "FACILITIES_DATA_DIR" });
    await applyPendingMigrations(database, prismaFolder(prismaDir));
    const clients = [createClient(database.adapter), createClient(database.adapter)] as const;
    return { clients, url: undefined, close: () => closeAll(clients, [database]) };
  }
  const scratch = await createScratchDatabases(["facilities"]);
  const url = scratch.urls.facilities!;
  const databases = [await openDatabase({ kind: "postgres", url, variable: "FACILITIES_DATABASE_URL", settings: defaultPostgresSettings })];
  await applyPendingMigrations(databases[0]!, prismaFolder(prismaDir));
  databases.push(await openDatabase({ kind: "postgres", url, variable: "FACILITIES_DATABASE_URL", settings: defaultPostgresSettings }));
  const clients = [createClient(databases[0]!.adapter), createClient(databases[1]!.adapter)] as const;
  return { clients, url, close: () => closeAll(clients, databases).then(() => scratch.drop()) };
}

async function closeAll(clients: readonly FacilitiesDb[], databases: Database[]) {
  for (const client of clients) await client.$disconnect();
  for (const database of databases) await database.close();
}

describe.each(["pglite", "postgres"] as const)("the census feed's relay at two replicas (%s)", (kind) => {
  let replicas: Awaited<ReturnType<typeof twoReplicas>>;
  let db: FacilitiesDb;
  const running: OutboxRelay[] = [];
  const deadLettered: string[] = [];
  const start = (client: FacilitiesDb, deliver: Delivery, overrides: Partial<RelaySettings> = {}) => {
    const relay = startOutboxRelay({
      db: client,
      deliver,
      settings: { ...settings, ...overrides },
      logger: quiet,
      clock,
      metrics: { deadLettered: (reason) => deadLettered.push(reason) },
    });
    running.push(relay);
    return relay;
  };
  const stopAll = async () => {
    for (const relay of running.splice(0)) await relay.stop();
  };

  beforeAll(async () => {
    replicas = await twoReplicas(kind);
    db = replicas.clients[0];
  });
  afterAll(async () => {
    await stopAll();
    await replicas?.close();
  });

  it("every fact is delivered exactly once, each person's in order, and both replicas do the work", async () => {
    const rows = await writeFacts(db, 12, 6);
    const calls: Call[] = [];
    const order = new OrderWatch(rows);
    // Every fifth row fails its first try (an outage, or an error that may be the row's), then goes through.
    const failsFirst = new Map(rows.filter((_, i) => i % 5 === 0).map((row, i) => [row.id, i % 2 === 0 ? ("outage" as const) : ("fail" as const)]));
    const behaviour: Behaviour = (row, tries) => (tries === 1 ? (failsFirst.get(row.id) ?? "deliver") : "deliver");
    // A backoff long enough that the person's later facts would be sent meanwhile, were they not held back.
    for (const [i, client] of replicas.clients.entries()) start(client, recordingDelivery(`relay-${i}`, calls, behaviour, order).deliver, { retryBaseMs: 200 });
    await allDelivered(db, rows);
    await stopAll();

    const delivered = calls.filter((call) => call.outcome === "delivered");
    expect(delivered).toHaveLength(rows.length);
    expect([...countBy(delivered, (call) => call.row.id).values()].every((times) => times === 1)).toBe(true);
    expect(calls.filter((call) => call.outcome === "failed").map((call) => call.row.id)).toEqual(expect.arrayContaining([...failsFirst.keys()]));
    expect(calls.filter((call) => call.outcome === "failed")).toHaveLength(failsFirst.size);
    expect(order.violations).toEqual([]);
    expect(new Set(delivered.map((call) => call.relay))).toEqual(new Set(["relay-0", "relay-1"]));
    const stored = await db.residentFactOutbox.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
    expect(stored.every((row) => row.leasedBy === null && row.deadLetteredAt === null && row.attempts === (failsFirst.has(row.id) ? 2 : 1))).toBe(true);
  });

  it("a replica that dies after delivering but before marking leaves a lease that runs out; another replica sends the fact again, then the person's next", async () => {
    const [first, next] = await writeFacts(db, 1, 2);
    const calls: Call[] = [];
    const order = new OrderWatch([first!, next!]);
    const dying = recordingDelivery("dying", calls, () => "hang", order);
    start(replicas.clients[0], dying.deliver, { leaseMs: 300 });
    await waitUntil("the dying replica has sent the first fact", async () => calls.some((call) => call.relay === "dying"));
    start(replicas.clients[1], recordingDelivery("survivor", calls, () => "deliver", order).deliver, { leaseMs: 300 });
    await allDelivered(db, [first!, next!]);

    expect(calls.map((call) => [call.relay, call.row.id, call.outcome])).toEqual([
      ["dying", first!.id, "hung"],
      ["survivor", first!.id, "delivered"],
      ["survivor", next!.id, "delivered"],
    ]);
    const marked = await db.residentFactOutbox.findUniqueOrThrow({ where: { id: first!.id } });
    expect(marked.attempts).toBe(2);
    // The dead replica's answer finally comes back: the row stays as the survivor marked it.
    dying.release();
    await stopAll();
    expect(await db.residentFactOutbox.findUniqueOrThrow({ where: { id: first!.id } })).toEqual(marked);
  });

  it("a refused fact is dead-lettered at once and one that keeps failing after its last try; the person's later facts go on; a requeued one is delivered", async () => {
    const rows = await writeFacts(db, 2, 2);
    const [refused, failing] = [rows[0]!, rows[1]!];
    const calls: Call[] = [];
    let fixed = false;
    const behaviour: Behaviour = (row) => (fixed ? "deliver" : row.id === refused.id ? "refuse" : row.id === failing.id ? "fail" : "deliver");
    const order = new OrderWatch([]);
    start(replicas.clients[0], recordingDelivery("a", calls, behaviour, order).deliver);
    start(replicas.clients[1], recordingDelivery("b", calls, behaviour, order).deliver);
    await allDelivered(db, rows.slice(2));
    await waitUntil("both are dead-lettered", async () => deadLettered.length === 2);

    const stored = async (row: ResidentFactOutbox) => db.residentFactOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(await stored(refused)).toMatchObject({ attempts: 1, deliveredAt: null, lastError: expect.stringContaining("BAD_USER_INPUT") });
    expect((await stored(refused)).deadLetteredAt).toBeInstanceOf(Date);
    expect(await stored(failing)).toMatchObject({ attempts: settings.maxAttempts, deliveredAt: null });
    expect((await stored(failing)).deadLetteredAt).toBeInstanceOf(Date);
    expect(deadLettered.sort()).toEqual(["exhausted", "refused"]);

    fixed = true;
    expect(await requeueDeadLetters(db, [refused.id])).toBe(1);
    await allDelivered(db, [refused]);
    expect(await requeueDeadLetters(db, "all")).toBe(1);
    await allDelivered(db, [failing]);
    await stopAll();
    expect(calls.filter((call) => call.row.id === failing.id).map((call) => call.outcome)).toEqual(["failed", "failed", "failed", "delivered"]);
    expect(await requeueDeadLetters(db, "all")).toBe(0);
  });

  it("retention deletes only delivered facts older than the window, by the hub's clock, and at most a bounded number a run", async () => {
    const [old, recent, undelivered, dead] = await writeFacts(db, 4, 1);
    const ago = (days: number) => new Date(clock.now().getTime() - days * dayMs);
    await db.residentFactOutbox.update({ where: { id: old!.id }, data: { deliveredAt: ago(31) } });
    await db.residentFactOutbox.update({ where: { id: recent!.id }, data: { deliveredAt: ago(29) } });
    await db.residentFactOutbox.update({ where: { id: dead!.id }, data: { deadLetteredAt: ago(40) } });
    const ids = [old, recent, undelivered, dead].map((row) => row!.id);

    // The job runs at start on every replica at once; the rows go once, and nothing else goes.
    const jobs = replicas.clients.map((client) => startOutboxRetention(client, { retentionDays: 30 }, quiet, clock));
    await waitUntil("the old delivered fact is gone", async () => (await db.residentFactOutbox.count({ where: { id: old!.id } })) === 0);
    await Promise.all(jobs.map((job) => job.stop()));
    const left = await db.residentFactOutbox.findMany({ where: { id: { in: ids } }, orderBy: { sequence: "asc" } });
    expect(left.map((row) => row.id)).toEqual([recent!.id, undelivered!.id, dead!.id]);

    const many = await writeFacts(db, 10_050, 1);
    await db.residentFactOutbox.updateMany({ where: { id: { in: many.map((row) => row.id) } }, data: { deliveredAt: ago(45) } });
    expect(await purgeExpiredFacts(db, clock, { retentionDays: 30 })).toBe(10_000);
    expect(await purgeExpiredFacts(db, clock, { retentionDays: 30 })).toBe(50);
    expect(await purgeExpiredFacts(db, clock, { retentionDays: 30 })).toBe(0);
    expect(await db.residentFactOutbox.count({ where: { id: { in: ids } } })).toBe(3);
  });

  it.runIf(kind === "postgres")("an operator lists the dead letters and requeues them with the script", async () => {
    const [row] = await writeFacts(db, 1, 1);
    await db.residentFactOutbox.update({ where: { id: row!.id }, data: { deadLetteredAt: clock.now(), lastError: "BAD_USER_INPUT: refused" } });
    const script = async (...args: string[]) => {
      const run = runNode(
        ["--import", "tsx", "scripts/census-feed-dead-letters.ts", ...args],
        { ...process.env, FACILITIES_DATABASE_URL: replicas.url! },
        repoRoot,
      );
      expect(await run.exited, run.output()).toBe(0);
      return run.output();
    };
    expect(await script("list")).toContain(`"id":"${row!.id}"`);
    expect(await script("requeue", row!.id)).toContain("requeued 1 dead letter(s)");
    expect((await db.residentFactOutbox.findUniqueOrThrow({ where: { id: row!.id } })).deadLetteredAt).toBeNull();
    expect(await script("list")).not.toContain(row!.id);
  });
});
