import { repoRoot } from "@pasrr/config/repo-paths";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import { prismaFolder, readMigrationList } from "@pasrr/db/migrations";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabases } from "./support/postgres.ts";
import { runNode } from "./support/processes.ts";

/** `npm run migrate` as an operator runs it: its own process, configured by the environment alone. */
const migrationsOf = async (name: string) =>
  (await readMigrationList(prismaFolder(path.join(repoRoot, "subgraphs", name, "prisma")))).migrationDirectories.map(({ path: dir }) => dir);

async function migrate(env: Record<string, string>, args: string[] = []) {
  // Nothing inherited from this test process but PATH: a stray *_DATABASE_URL must not change the outcome.
  const run = runNode(["--import", "tsx", "scripts/migrate.ts", ...args], { PATH: process.env.PATH, ...env }, repoRoot);
  return { code: await run.exited, output: run.output() };
}

/** The line the command printed for one subgraph. */
const lineFor = (output: string, name: string) => output.split("\n").find((line) => line.startsWith(`${name} (`)) ?? "";

describe("npm run migrate on PostgreSQL", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    scratch = await createScratchDatabases(subgraphNames);
    env = { NODE_ENV: "production" };
    for (const name of subgraphNames) env[`${envPrefix(name)}_DATABASE_URL`] = scratch.urls[name]!;
  });
  afterAll(() => scratch?.drop());

  it("two runs at once apply each subgraph's migrations once between them; a third applies nothing", async () => {
    const [first, second] = await Promise.all([migrate(env), migrate(env)]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    for (const name of subgraphNames) {
      const all = await migrationsOf(name);
      const lines = [lineFor(first.output, name), lineFor(second.output, name)].sort();
      // One run applied the whole list, the other waited on the lock and found nothing left.
      expect(lines).toEqual(
        [
          `${name} (PostgreSQL from ${envPrefix(name)}_DATABASE_URL): applied ${all.join(", ")}`,
          `${name} (PostgreSQL from ${envPrefix(name)}_DATABASE_URL): nothing to apply`,
        ].sort(),
      );
      const client = new pg.Client({ connectionString: scratch.urls[name] });
      await client.connect();
      try {
        const { rows } = await client.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
        expect(rows.map((row) => row.migration_name)).toEqual(all);
      } finally {
        await client.end();
      }
    }

    const third = await migrate(env);
    expect(third.code, third.output).toBe(0);
    for (const name of subgraphNames) expect(lineFor(third.output, name)).toBe(`${name} (PostgreSQL from ${envPrefix(name)}_DATABASE_URL): nothing to apply`);
    // The URL (which may carry a password) is never printed.
    expect(third.output).not.toContain(scratch.urls.individuals);
  }, 180_000);
});

describe("npm run migrate, refusals and failures", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-migrate-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("migrates the embedded database outside production, the subgraphs named on the command line only, and applies nothing twice", async () => {
    const env = { NODE_ENV: "development", HUB_DATA_DIR: dataDir };
    const first = await migrate(env, ["facilities"]);
    expect(first.code, first.output).toBe(0);
    expect(first.output.trim()).toBe(`facilities (PGlite in ${path.join(dataDir, "facilities")}): applied ${(await migrationsOf("facilities")).join(", ")}`);
    const second = await migrate(env, ["facilities"]);
    expect(second.output.trim()).toBe(`facilities (PGlite in ${path.join(dataDir, "facilities")}): nothing to apply`);
  }, 120_000);

  it("refuses production without a database URL, before touching any database, exit 2", async () => {
    const run = await migrate({ NODE_ENV: "production", HUB_DATA_DIR: dataDir });
    expect(run.code).toBe(2);
    expect(run.output.trim()).toBe(
      "configuration error: INDIVIDUALS_DATABASE_URL: required in production: the embedded PGlite database is for development and tests only",
    );
  });

  it("refuses an unknown subgraph, exit 2", async () => {
    const run = await migrate({ HUB_DATA_DIR: dataDir }, ["people"]);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/^unknown subgraph people: choose from individuals, screenings, levelofcare, facilities/);
  });

  it("fails with exit 1, naming the subgraph, when its database cannot be migrated", async () => {
    const missing = "postgresql://postgres@127.0.0.1:5432/pasrr_no_such_database_for_migrate";
    const run = await migrate({ NODE_ENV: "test", HUB_DATA_DIR: dataDir, LEVELOFCARE_DATABASE_URL: missing }, ["levelofcare"]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^levelofcare \(PostgreSQL from LEVELOFCARE_DATABASE_URL\): migration failed: /);
  });
});
