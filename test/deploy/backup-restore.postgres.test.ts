import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { createScratchDatabases } from "../support/postgres.ts";

const run = promisify(execFile);

/** The machine's PostgreSQL client tool: the newest server version's own, else the one on the system path. */
function postgresTool(name: "pg_dump" | "pg_restore"): string {
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
  const found = [...versions.map((version) => `/usr/lib/postgresql/${version}/bin/${name}`), `/usr/bin/${name}`].find((file) => existsSync(file));
  if (!found) throw new Error(`${name} is not installed (Debian: apt-get install postgresql-client)`);
  return found;
}

async function rows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const readPerson = `query Person($id: ID!) { individual(id: $id) { id givenName familyName birthDate } }`;

/**
 * docs/operations.md, "Back up and restore": one subgraph's database dumped with the commands the
 * page gives while the subgraph runs, restored into a new empty database, and the subgraph started
 * on the copy answers, through real HTTP, the record written before the dump — with its audit
 * trail, its migration history (nothing to apply) and its append-only lock.
 */
describe("backing up and restoring one subgraph's database (pg_dump -Fc, pg_restore)", () => {
  let original: TestHub;
  let restoredHub: TestHub | undefined;
  let restored: Awaited<ReturnType<typeof createScratchDatabases>>;
  let folder: string;
  let sourceUrl: string;
  let restoredUrl: string;
  let personId: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "pasrr-backup-"));
    original = await startTestHub({ database: "postgres", only: ["individuals"] });
    sourceUrl = original.env.INDIVIDUALS_DATABASE_URL!;
    const token = await original.token({ role: "STATE_MEDICAID_AGENCY" });
    const registered = await graphql(
      original.subgraphs.individuals!.url,
      `mutation { registerIndividual(input: { givenName: "Odalys", familyName: "Backup-Restore", birthDate: "1939-07-14", county: "Butler", state: "OH" }) { individual { id } } }`,
      { token },
    );
    expect(registered.errors).toBeUndefined();
    personId = registered.data!.registerIndividual.individual.id as string;
    restored = await createScratchDatabases(["restored"]);
    restoredUrl = restored.urls.restored!;
  });

  afterAll(async () => {
    await restoredHub?.stop();
    await original?.stop();
    await restored?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("restores into a new database, and the subgraph started on it answers the record written before the dump", async () => {
    const dump = path.join(folder, "individuals.dump");
    // While the subgraph runs: pg_dump reads one consistent snapshot and blocks no writer.
    await run(postgresTool("pg_dump"), ["--format=custom", `--file=${dump}`, `--dbname=${sourceUrl}`]);
    await run(postgresTool("pg_restore"), ["--exit-on-error", "--single-transaction", `--dbname=${restoredUrl}`, dump]);

    restoredHub = await startTestHub({ only: ["individuals"], env: { INDIVIDUALS_DATABASE_URL: restoredUrl } });
    const answer = await graphql(restoredHub.subgraphs.individuals!.url, readPerson, {
      token: await restoredHub.token({ role: "STATE_MEDICAID_AGENCY" }),
      variables: { id: personId },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.individual).toEqual({ id: personId, givenName: "Odalys", familyName: "Backup-Restore", birthDate: "1939-07-14" });
  });

  it("keeps the audit trail and the migration history, so the restored subgraph applied no migration", async () => {
    const history = `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`;
    expect(await rows(restoredUrl, history)).toEqual(await rows(sourceUrl, history));
    const trail = `SELECT id, "requestId", "organisationId", writes, "entityIds" FROM "AuditEvent" ORDER BY id`;
    const before = await rows(sourceUrl, trail);
    expect(before.map(({ writes, entityIds }) => [writes, entityIds])).toContainEqual([["registerIndividual"], [personId]]);
    // Every record of the original, and after them only what the restored subgraph has audited since (the read above).
    expect(await rows(restoredUrl, trail)).toEqual(expect.arrayContaining(before));
  });

  it("keeps the audit trail append-only in the copy", async () => {
    await expect(rows(restoredUrl, `UPDATE "AuditEvent" SET "service" = 'forged'`)).rejects.toThrow(/append-only/i);
  });
});
