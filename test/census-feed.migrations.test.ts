import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { Database } from "@pasrr/db/database";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { afterEach, describe, expect, it } from "vitest";

/**
 * Issue 19's migrations on data written before them: a database at the release before, with rows,
 * then migrated. The outbox's new order follows the order the relay used; screenings knows every
 * census event applied before as applied, once.
 */
const scratchDirs: string[] = [];
afterEach(async () => {
  for (const dir of scratchDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A PGlite migrated up to, not including, the migration whose name ends with `upTo`; and the step that applies the rest. */
async function databaseBefore(subgraph: string, upTo: string) {
  const folder = prismaFolder(path.join(repoRoot, "subgraphs", subgraph, "prisma"));
  const earlier = await mkdtemp(path.join(tmpdir(), "pasrr-migrations-"));
  scratchDirs.push(earlier);
  const names = (await readdir(folder.migrationsDir)).filter((name) => name !== "migration_lock.toml");
  const cut = names.findIndex((name) => name.endsWith(upTo));
  expect(cut).toBeGreaterThan(0);
  await cp(folder.schemaFile, path.join(earlier, "schema.prisma"));
  await cp(path.join(folder.migrationsDir, "migration_lock.toml"), path.join(earlier, "migrations", "migration_lock.toml"));
  for (const name of names.sort().slice(0, cut)) await cp(path.join(folder.migrationsDir, name), path.join(earlier, "migrations", name), { recursive: true });
  const db = await PGlite.create();
  const adapter = new PrismaPGlite(db) as unknown as SqlMigrationAwareDriverAdapterFactory;
  // The raw PGlite stays in the test's hands (rows written as an older release would), behind the migrations' Database seam.
  const database: Database = { kind: "pglite", adapter, ping: async () => undefined, withSession: (work) => work(adapter), close: () => db.close() };
  await applyPendingMigrations(database, prismaFolder(earlier));
  return { db, migrate: () => applyPendingMigrations(database, folder) };
}

describe("issue 19's migrations keep what was there", () => {
  it("facilities: outbox rows written before get the order the relay gave them (oldest first), and new rows come after", async () => {
    const { db, migrate } = await databaseBefore("facilities", "_census_feed_claims");
    const person = randomUUID();
    const insert = (createdAt: string) =>
      db.query(
        `INSERT INTO "ResidentFactOutbox" ("id", "censusEventId", "individualId", "facilityId", "facilityCounty", "fact", "occurredOn", "createdAt")
         VALUES ($1, $2, $3, $4, 'Hamilton', 'ADMITTED', '2026-01-01', $5) RETURNING "id"`,
        [randomUUID(), randomUUID(), person, randomUUID(), createdAt],
      );
    // Written in another order than their createdAt, as a table's physical order may be.
    const ids = [];
    for (const createdAt of ["2026-01-03T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"]) ids.push((await insert(createdAt)).rows[0]);
    expect(await migrate()).toEqual([expect.stringMatching(/_census_feed_claims$/)]);

    const next = await insert("2025-12-31T00:00:00Z");
    const ordered = await db.query<{ id: string }>(`SELECT "id" FROM "ResidentFactOutbox" ORDER BY "sequence"`);
    expect(ordered.rows).toEqual([ids[1], ids[2], ids[0], next.rows[0]]);
    await db.close();
  });

  it("screenings: each census event applied before is known once, answered with the first review it started", async () => {
    const { db, migrate } = await databaseBefore("screenings", "_applied_census_events");
    const [raced, admittedOnly, both] = [randomUUID(), randomUUID(), randomUUID()];
    const review = async (triggerEventId: string, createdAt: string) => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO "ResidentReview" ("id", "individualId", "facilityId", "facilityCounty", "reason", "triggeredOn", "dueOn", "triggerEventId", "source", "createdAt")
         VALUES ($1, $2, $3, 'Hamilton', 'ADMITTED_WITHOUT_PASRR', '2026-01-01', '2026-01-01', $4, 'test', $5)`,
        [id, randomUUID(), randomUUID(), triggerEventId, createdAt],
      );
      return id;
    };
    const admission = (triggerEventId: string) =>
      db.query(
        `INSERT INTO "NursingFacilityAdmission" ("id", "individualId", "facilityId", "admittedOn", "triggerEventId") VALUES ($1, $2, $3, '2026-01-01', $4)`,
        [randomUUID(), randomUUID(), randomUUID(), triggerEventId],
      );
    // Two clocks one event started when two deliveries raced (the bug this release closes).
    const second = await review(raced, "2026-01-02T00:00:00Z");
    const first = await review(raced, "2026-01-01T00:00:00Z");
    await admission(raced);
    await admission(admittedOnly);
    const started = await review(both, "2026-01-01T00:00:00Z");
    await admission(both);
    expect(second).not.toBe(first);
    await migrate();

    const applied = await db.query(`SELECT "censusEventId", "residentReviewId" FROM "AppliedCensusEvent" ORDER BY "censusEventId"`);
    expect(applied.rows).toEqual(
      [
        { censusEventId: raced, residentReviewId: first },
        { censusEventId: admittedOnly, residentReviewId: null },
        { censusEventId: both, residentReviewId: started },
      ].sort((a, b) => (a.censusEventId < b.censusEventId ? -1 : 1)),
    );
    await db.close();
  });
});
