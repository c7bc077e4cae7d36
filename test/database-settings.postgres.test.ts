import { openDatabase, type Database } from "@pasrr/db/database";
import { loadDatabaseConfig } from "@pasrr/db/database-config";
import type { Env } from "@pasrr/config/env";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, createScratchDatabases } from "./support/postgres.ts";
import { waitUntil } from "./support/wait-until.ts";

/**
 * The `DATABASE_*` settings (packages/db/src/database-config.ts) as PostgreSQL itself sees them:
 * read from the environment the way every subgraph reads it, opened the way every subgraph opens it.
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
let admin: pg.Client;
const opened: Database[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabases(["settings"]);
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
});
afterAll(async () => {
  for (const database of opened) await database.close().catch(() => undefined);
  await admin?.end();
  await scratch?.drop();
});

async function open(env: Env, onError?: (error: Error) => void): Promise<Database> {
  const config = loadDatabaseConfig({ INDIVIDUALS_DATABASE_URL: scratch.urls.settings, ...env }, "individuals", "/unused", "production");
  const database = await openDatabase(config, { onError });
  opened.push(database);
  return database;
}

async function query(adapter: SqlMigrationAwareDriverAdapterFactory, sql: string): Promise<unknown[][]> {
  const connection = await adapter.connect();
  try {
    return (await connection.queryRaw({ sql, args: [], argTypes: [] })).rows;
  } finally {
    await connection.dispose();
  }
}

/** Sessions on the scratch database other than the admin's, by what they are running. */
async function sessionsRunning(pattern: string): Promise<number> {
  const { rows } = await admin.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE $2", [
    new URL(scratch.urls.settings!).pathname.slice(1),
    pattern,
  ]);
  return Number(rows[0]!.n);
}

describe("DATABASE_STATEMENT_TIMEOUT_MS", () => {
  it("is 30 s on every pooled connection unless set", async () => {
    const database = await open({});
    expect(await query(database.adapter, "SHOW statement_timeout")).toEqual([["30s"]]);
  });

  it("is the session's statement_timeout: PostgreSQL cancels a statement that runs longer", async () => {
    const database = await open({ DATABASE_STATEMENT_TIMEOUT_MS: "300" });
    expect(await query(database.adapter, "SHOW statement_timeout")).toEqual([["300ms"]]);
    await expect(query(database.adapter, "SELECT pg_sleep(5)")).rejects.toMatchObject({ cause: { originalCode: "57014" } });
    // The connection is fine afterwards: only the statement was cancelled.
    expect(await query(database.adapter, "SELECT 1")).toEqual([[1]]);
  });

  it("does not apply to a migration's own session, which may run long and wait on another migrator's lock", async () => {
    const database = await open({ DATABASE_STATEMENT_TIMEOUT_MS: "300" });
    expect(await database.withSession((adapter) => query(adapter, "SHOW statement_timeout"))).toEqual([["0"]]);
  });
});

describe("DATABASE_POOL_MAX", () => {
  it("bounds the connections one process opens: of three statements held up at once, the third waits for a free connection", async () => {
    const database = await open({ DATABASE_POOL_MAX: "2" });
    const lock = 424_242;
    await admin.query("SELECT pg_advisory_lock($1)", [lock]);
    const held = [1, 2, 3].map(() => query(database.adapter, `SELECT count(*)::int FROM (SELECT pg_advisory_xact_lock_shared(${lock})) AS waited`));
    try {
      await waitUntil("two statements wait on the lock", async () => (await sessionsRunning(`%xact_lock_shared(${lock})%`)) >= 2);
      expect(await sessionsRunning(`%xact_lock_shared(${lock})%`)).toBe(2);
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [lock]);
    }
    await Promise.all(held);
  });
});

describe("pool errors", () => {
  it("are handed to onError, not swallowed, when PostgreSQL drops an idle connection; the next query gets a fresh one", async () => {
    const errors: Error[] = [];
    const database = await open({}, (error) => errors.push(error));
    await database.ping();
    const marker = `idle_${Date.now()}`;
    await query(database.adapter, `SELECT '${marker}'`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE $2 AND pid <> pg_backend_pid()", [
      new URL(scratch.urls.settings!).pathname.slice(1),
      `%${marker}%`,
    ]);
    await waitUntil("the pool reports the lost connection", async () => errors.length > 0);
    expect(errors[0]!.message).toMatch(/terminating connection due to administrator command/);
    await database.ping();
  });
});
