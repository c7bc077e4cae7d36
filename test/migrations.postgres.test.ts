import { startIndividuals } from "@pasrr/individuals";
import { ConfigError } from "@pasrr/config/config-error";
import type { Env } from "@pasrr/config/env";
import { repoRoot } from "@pasrr/config/repo-paths";
import { openDatabase, type Database } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { applyPendingMigrations, pendingMigrations, prismaFolder, readMigrationList, type PrismaFolder } from "@pasrr/db/migrations";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabases } from "./support/postgres.ts";
import { productionKeys } from "./support/production-keys.ts";

const facilities = prismaFolder(path.join(repoRoot, "subgraphs", "facilities", "prisma"));
const individuals = prismaFolder(path.join(repoRoot, "subgraphs", "individuals", "prisma"));
const namesIn = async (folder: PrismaFolder) => (await readMigrationList(folder)).migrationDirectories.map(({ path: name }) => name);

let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
let tmp: string;
const opened: Database[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabases(["partial", "lock", "concurrent", "production", "checkonly"]);
  tmp = await mkdtemp(path.join(tmpdir(), "pasrr-migrations-"));
});
afterAll(async () => {
  for (const database of opened) await database.close().catch(() => undefined);
  await scratch?.drop();
  await rm(tmp, { recursive: true, force: true });
});

async function postgres(name: string): Promise<Database> {
  const database = await openDatabase({ kind: "postgres", url: scratch.urls[name]!, variable: "X_DATABASE_URL", settings: defaultPostgresSettings });
  opened.push(database);
  return database;
}

async function pglite(): Promise<Database> {
  const database = await openDatabase({ kind: "pglite", dataDir: "memory://", variable: "X_DATA_DIR" });
  opened.push(database);
  return database;
}

/** A copy of the facilities prisma/ folder with only its first `count` migrations: the release before. */
async function olderRelease(count: number): Promise<PrismaFolder> {
  const dir = await mkdtemp(path.join(tmp, "older-"));
  await cp(path.join(repoRoot, "subgraphs", "facilities", "prisma"), dir, { recursive: true });
  const older = prismaFolder(dir);
  const dirs = (await readdir(older.migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const name of dirs.sort().slice(count)) await rm(path.join(older.migrationsDir, name), { recursive: true });
  return older;
}

describe.each([
  ["PostgreSQL", () => postgres("partial")],
  ["PGlite", pglite],
] as const)("pending migrations on %s", (_kind, open) => {
  it("are every migration on a new database, the ones a release added after the last apply, then none", async () => {
    const database = await open();
    const all = await namesIn(facilities);
    expect(await pendingMigrations(database, facilities)).toEqual(all);

    expect(await applyPendingMigrations(database, await olderRelease(3))).toEqual(all.slice(0, 3));
    expect(await pendingMigrations(database, facilities)).toEqual(all.slice(3));

    expect(await applyPendingMigrations(database, facilities)).toEqual(all.slice(3));
    expect(await pendingMigrations(database, facilities)).toEqual([]);
    expect(await applyPendingMigrations(database, facilities)).toEqual([]);
  });
});

describe("the advisory lock around applying (Prisma's schema engine takes pg_advisory_lock(72707369))", () => {
  const advisoryLocks = async (admin: pg.Client, url: string) =>
    (
      await admin.query<{ objid: number }>(
        "SELECT l.objid FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = $1",
        [new URL(url).pathname.slice(1)],
      )
    ).rows;

  it("is let go when applying ends, though the service's pool stays open: a later migrator is not blocked", async () => {
    const database = await postgres("lock");
    await applyPendingMigrations(database, facilities);
    await database.ping();
    const admin = new pg.Client({ connectionString: scratch.urls.lock });
    await admin.connect();
    try {
      expect(await advisoryLocks(admin, scratch.urls.lock!)).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it("lets two migrators at once apply each migration once: one applies all, the other waits and finds nothing", async () => {
    const [first, second] = [await postgres("concurrent"), await postgres("concurrent")];
    const results = await Promise.all([applyPendingMigrations(first!, facilities), applyPendingMigrations(second!, facilities)]);
    const all = await namesIn(facilities);
    expect(results.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, all.length]);
    const admin = new pg.Client({ connectionString: scratch.urls.concurrent });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
      expect(rows.map((row) => row.migration_name)).toEqual(all);
    } finally {
      await admin.end();
    }
  });
});

describe("a subgraph's start on a database that lacks migrations", () => {
  const started: { stop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const service of started) await service.stop();
  });

  async function start(env: Env) {
    const base: Env = { HUB_DATA_DIR: tmp, HOST: "127.0.0.1", INDIVIDUALS_PORT: "0", LOG_LEVEL: "silent", ...env };
    const service = await startIndividuals(loadSubgraphConfig("individuals", base), base);
    started.push(service);
    return service;
  }

  it("in production refuses, naming the database's variable, listing the pending migrations and saying to run npm run migrate", async () => {
    const env = { ...(await productionKeys()), INDIVIDUALS_DATABASE_URL: scratch.urls.production! };
    const refusal = await start(env).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as ConfigError).variable).toBe("INDIVIDUALS_DATABASE_URL");
    const all = await namesIn(individuals);
    expect((refusal as Error).message).toContain(`lacks ${all.length} migration(s): ${all.join(", ")}`);
    expect((refusal as Error).message).toContain("Run npm run migrate");
    // It only checked: nothing was applied.
    const database = await postgres("production");
    expect(await pendingMigrations(database, individuals)).toEqual(all);

    // Migrated as a release does, the same production start serves.
    await applyPendingMigrations(database, individuals);
    expect((await start(env)).url).toMatch(/^http:/);
  });

  it("outside production refuses too with MIGRATE_AT_START=false, and by default applies them", async () => {
    const env = { NODE_ENV: "test", INDIVIDUALS_DATABASE_URL: scratch.urls.checkonly! };
    await expect(start({ ...env, MIGRATE_AT_START: "false" })).rejects.toThrow(/^INDIVIDUALS_DATABASE_URL: the database lacks \d+ migration\(s\)/);
    await start(env);
    expect(await pendingMigrations(await postgres("checkonly"), individuals)).toEqual([]);
  });
});
