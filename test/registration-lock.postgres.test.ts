import { openDatabase, type Database } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type IndividualsDb } from "../subgraphs/individuals/src/db.ts";
import { PrismaPersonIndex } from "../subgraphs/individuals/src/registration/person-index.store.ts";
import { createScratchDatabases } from "./support/postgres.ts";
import { waitUntil } from "./support/wait-until.ts";

/**
 * Issue 21: the registration lock itself, on PostgreSQL (real connections, so waits are real).
 * A registration holding some keys holds up exactly the registrations sharing one of them.
 * No migrations: the lock touches no table.
 */
describe("the registration lock (PostgreSQL advisory locks on the registration's keys)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
  let database: Database;
  let db: IndividualsDb;
  let index: PrismaPersonIndex;

  /** A registration's work that runs until the test lets it finish. */
  function held() {
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const inside = new Promise<void>((resolve) => (entered = resolve));
    return { release, inside, work: async () => (entered(), released) };
  }
  const waitingForAdvisoryLocks = async () =>
    (
      await db.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`
    )[0]!.waiting;

  beforeAll(async () => {
    scratch = await createScratchDatabases(["individuals"]);
    database = await openDatabase({ kind: "postgres", url: scratch.urls.individuals!, variable: "TEST", settings: defaultPostgresSettings });
    db = createClient(database.adapter);
    index = new PrismaPersonIndex(db, { subject: "test", organisationId: "test", role: "STATE_MEDICAID_AGENCY", at: new Date(0) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.close();
    await scratch?.drop();
  });

  it("a registration sharing a key with one in progress waits for it; one sharing none goes ahead meanwhile", async () => {
    const first = held();
    const holding = index.withRegistrationLock(["FD:PAL:1941-03-17", "GD:FALAP:1941-03-17"], first.work);
    await first.inside;

    // Proven by finishing while the first still holds its keys, not by a clock.
    expect(await index.withRegistrationLock(["FD:ONDARW:1952-11-04"], async () => "done")).toBe("done");

    let secondRan = false;
    const second = index.withRegistrationLock(["GD:FALAP:1941-03-17", "SY:1234:1941"], async () => (secondRan = true));
    await waitUntil("the second registration waits on an advisory lock", async () => (await waitingForAdvisoryLocks()) === 1);
    expect(secondRan).toBe(false);

    first.release();
    await holding;
    await second;
    expect(secondRan).toBe(true);
    expect(await waitingForAdvisoryLocks()).toBe(0);
  });

  it("registrations asking for the same keys in different orders all finish: locks are taken in one order, so none deadlocks", async () => {
    const keys = ["FGY:A:B:1940", "FGM:A:B:0101", "FD:A:1940-01-01", "GD:B:1940-01-01", "SY:0001:1940", "ID:SSN|US|x"];
    const shuffled = () => [...keys].sort(() => Math.random() - 0.5);
    const done = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        index.withRegistrationLock(shuffled(), async () => {
          await new Promise((resolve) => setTimeout(resolve, 20)); // holds the keys a while, so the others queue behind
          return n;
        }),
      ),
    );
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("a registration kept waiting past the lock timeout is answered SERVICE_UNAVAILABLE, having run nothing, and the holder is unaffected", async () => {
    const first = held();
    const holding = index.withRegistrationLock(["GD:STAC:1939-07-23"], first.work);
    await first.inside;

    let secondRan = false;
    const refused = await index.withRegistrationLock(["GD:STAC:1939-07-23"], async () => (secondRan = true)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect((refused as Error).message).toMatch(/nothing was recorded, try again/);
    expect(secondRan).toBe(false);

    first.release();
    await expect(holding).resolves.toBeUndefined();
  });
});
