import { startIndividuals } from "@pasrr/individuals";
import { demoPeople } from "@pasrr/devtools/demo-cast";
import { findAuditRecords, type RawSqlClient } from "@pasrr/subgraph-kit/audit/audit-store";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runtimeRoleGrants } from "../../scripts/database-roles.ts";
import { graphql } from "../support/graphql.ts";
import { adminUrl, createScratchDatabases } from "../support/postgres.ts";

/**
 * Red team, finding 5: the application's database role owned the audit table, so it could
 * `ALTER TABLE … DISABLE TRIGGER` or drop it and then rewrite the trail. With the production
 * roles (docs/operations.md, "Database roles"; `npm run db:roles`) the migration owner owns every
 * object and the runtime role owns nothing: as the runtime role, every way of changing or removing
 * the trail fails, while the service still runs and audits as that role.
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
let dataDir: string;
let runtime: pg.Client;
let runtimeUrl: string;
const role = `pasrr_rt_${randomBytes(4).toString("hex")}`;

async function asAdmin(databaseUrl: string, statements: string[]) {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

const serviceEnv = (databaseUrl: string, seed: boolean): Env => ({
  NODE_ENV: "test",
  HUB_DATA_DIR: dataDir,
  HOST: "127.0.0.1",
  INDIVIDUALS_PORT: "0",
  INDIVIDUALS_DATABASE_URL: databaseUrl,
  LOG_LEVEL: "warn",
  SEED_DEMO_DATA: String(seed),
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-roles-"));
  scratch = await createScratchDatabases(["individuals"]);
  const ownerUrl = scratch.urls.individuals!;
  // The release step: the service started once as the migration owner (here the admin) applies the migrations.
  const release = await startIndividuals(loadSubgraphConfig("individuals", serviceEnv(ownerUrl, true)), serviceEnv(ownerUrl, true));
  await release.stop();
  await asAdmin(adminUrl, [`CREATE ROLE "${role}" LOGIN`]);
  await asAdmin(ownerUrl, runtimeRoleGrants(role));
  const url = new URL(ownerUrl);
  url.username = role;
  runtimeUrl = url.toString();
  runtime = new pg.Client({ connectionString: runtimeUrl });
  await runtime.connect();
});
afterAll(async () => {
  await runtime?.end();
  await scratch?.drop();
  await rm(dataDir, { recursive: true, force: true });
  await asAdmin(adminUrl, [`DROP ROLE IF EXISTS "${role}"`]);
});

describe("as the runtime role, the audit trail cannot be changed, emptied or unguarded", () => {
  const attempts: [string, string, RegExp][] = [
    ["disable the append-only trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`, /must be owner/],
    ["disable every trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner/],
    ["drop the trigger", `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`, /must be owner/],
    [
      "replace the trigger's function",
      `CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'`,
      /must be owner|permission denied/,
    ],
    ["drop the table", `DROP TABLE "AuditEvent"`, /must be owner/],
    ["rename the table", `ALTER TABLE "AuditEvent" RENAME TO "AuditEventOld"`, /must be owner/],
    ["truncate it", `TRUNCATE "AuditEvent"`, /permission denied/],
    ["delete a row", `DELETE FROM "AuditEvent"`, /permission denied/],
    ["update a row", `UPDATE "AuditEvent" SET "role" = 'STATE_MEDICAID_AGENCY'`, /permission denied/],
    ["create a table to shadow it", `CREATE TABLE "AuditEventShadow" (id int)`, /permission denied/],
    ["write the migrations ledger", `DELETE FROM "_prisma_migrations"`, /permission denied/],
  ];

  it.each(attempts)("%s: refused", async (_case, sql, refusal) => {
    await expect(runtime.query(sql)).rejects.toThrow(refusal);
  });

  it("the runtime role still appends and reads audit rows", async () => {
    await runtime.query(`INSERT INTO "AuditEvent" ("id", "service", "requestId", "subject", "organisationId", "role", "writes", "fields", "entityIds")
      VALUES (gen_random_uuid(), 'individuals', 'r-1', 'probe@rt', 'rt-org', 'PAA', '{}', '{}', '{}')`);
    const rows = await runtime.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "subject" = 'probe@rt'`);
    expect(rows.rows[0].n).toBe(1);
  });

  it("the individuals service runs as the runtime role: it starts (nothing to migrate), answers and audits a read of PHI", async () => {
    const env = serviceEnv(runtimeUrl, false);
    const service = await startIndividuals(loadSubgraphConfig("individuals", env), env);
    try {
      const token = await mintDevToken(loadCommonConfig(env).auth, { role: "PAA", counties: ["Hamilton"], organisationId: "rt-paa", subject: "runtime@paa" });
      const answer = await graphql(service.url, `{ individual(id: "${demoPeople[0]!.id}") { id familyName } }`, { token });
      expect(answer.data).toEqual({ individual: { id: demoPeople[0]!.id, familyName: demoPeople[0]!.familyName } });
      const [row] = await findAuditRecords(service.client as unknown as RawSqlClient, { subject: "runtime@paa", limit: 1 });
      expect(row?.entityIds).toContain(demoPeople[0]!.id);
    } finally {
      await service.stop();
    }
  });
});
