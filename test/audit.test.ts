import { demoPeople } from "@pasrr/devtools/demo-cast";
import type { SubgraphName } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 7 §4: every read of a sensitive field and every write leaves one audit record per
 * request and service (who, what, when, which service); the trail is append-only in the
 * database itself, and the state agency reads it with filters.
 */

let hub: TestHub;
let state: string;
beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

interface AuditRow {
  service: string;
  subject: string;
  organisationId: string;
  role: string;
  operationName: string | null;
  writes: string[];
  fields: string[];
  entityIds: string[];
  occurredAt: string;
}

const auditQuery = (field: string) =>
  `query Trail($filter: AuditEventFilter, $first: Int, $after: String) {
    ${field}(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id service subject organisationId role operationName writes fields entityIds occurredAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface AuditPage {
  edges: { cursor: string; node: AuditRow & { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function trailPage(field: string, filter: Record<string, unknown>, page: { first?: number; after?: string | null } = {}): Promise<AuditPage> {
  const answer = await graphql(hub.gatewayUrl!, auditQuery(field), { token: state, variables: { filter, ...page } });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data![field] as AuditPage;
}

async function trail(field: string, filter: Record<string, unknown>, first?: number): Promise<AuditRow[]> {
  return (await trailPage(field, filter, { first })).edges.map((edge) => edge.node);
}

const rawClient = (name: SubgraphName) => (hub.subgraphs[name] as unknown as { client: { $executeRawUnsafe(sql: string): Promise<number> } }).client;

describe("the audit trail", () => {
  it("a read of protected fields is recorded once per service: who, what, when, where", async () => {
    const nurse = await hub.token({
      role: "NURSING_FACILITY",
      organisationId: "audit-nf",
      subject: "nurse@audit-nf",
      facilityIds: ["0193a000-0000-7000-8000-00000000f002"],
    });
    const person = demoPeople[1]!.id;
    const before = new Date();
    const answer = await graphql(
      hub.gatewayUrl!,
      `query NurseReadsPerson { individual(id: "${person}") { birthDate identifiers { type value } levelOneScreens { id } stays { id admissionSource } } }`,
      { token: nurse },
    );
    expect(answer.errors).toBeUndefined();

    const individuals = await trail("individualsAuditEvents", { organisationId: "audit-nf" });
    expect(individuals).toHaveLength(1);
    expect(individuals[0]).toMatchObject({
      service: "individuals",
      subject: "nurse@audit-nf",
      role: "NURSING_FACILITY",
      operationName: "NurseReadsPerson",
      writes: [],
    });
    expect(individuals[0]!.fields.sort()).toEqual(["Identifier.value", "Individual.birthDate"]);
    expect(individuals[0]!.entityIds).toContain(person);
    expect(new Date(individuals[0]!.occurredAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    const screenings = await trail("screeningsAuditEvents", { organisationId: "audit-nf" });
    expect(screenings.map((row) => row.fields)).toEqual([["Individual.levelOneScreens"]]);
    const facilities = await trail("facilitiesAuditEvents", { organisationId: "audit-nf" });
    expect(facilities[0]!.fields.sort()).toEqual(["Individual.stays", "Stay.admissionSource"]);
    // levelofcare was not asked for anything sensitive, so it has nothing to record.
    expect(await trail("levelOfCareAuditEvents", { organisationId: "audit-nf" })).toEqual([]);
  });

  it("a request costs one audit INSERT per service, however many protected fields it reads", async () => {
    const statements = hub.subgraphs.individuals!.statements;
    const ids = demoPeople.map((person) => person.id);
    const query = `{ ${ids.map((id, n) => `p${n}: individual(id: "${id}") { birthDate identifiers { value } }`).join(" ")} }`;
    statements.record = true;
    statements.reset();
    const answer = await graphql(hub.subgraphs.individuals!.url, query, { token: state });
    statements.record = false;
    expect(answer.errors).toBeUndefined();
    const inserts = statements.auditStatements.filter((sql) => /INSERT INTO "AuditEvent"/.test(sql));
    expect(inserts).toHaveLength(1);
    expect(statements.auditCount).toBe(1);
    const [row] = await trail("individualsAuditEvents", { organisationId: "test-state_medicaid_agency", field: "Identifier.value" }, 1);
    for (const id of ids) expect(row!.entityIds).toContain(id);
  });

  it("a write is recorded with the ids it named and made, and so is a refused attempt", async () => {
    const hospital = await hub.token({ role: "HOSPITAL", organisationId: "audit-hospital", facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    const registered = await graphql(
      hub.gatewayUrl!,
      `mutation AdmitNewPatient { registerIndividual(input: { givenName: "Ottoline", familyName: "Brasswick", birthDate: "1939-02-11", county: "Hamilton", state: "OH" }) { outcome individual { id } } }`,
      { token: hospital },
    );
    expect(registered.errors).toBeUndefined();
    const newId = registered.data!.registerIndividual.individual.id as string;
    const merge = await graphql(
      hub.gatewayUrl!,
      `mutation TryMerge { mergeIndividuals(input: { survivorId: "${newId}", mergedId: "${demoPeople[0]!.id}", reason: "probe" }) { survivor { id } } }`,
      {
        token: hospital,
      },
    );
    expect(errorCodes(merge)).toEqual(["FORBIDDEN"]);

    const rows = await trail("individualsAuditEvents", { organisationId: "audit-hospital" });
    expect(rows.map((row) => [row.operationName, row.writes])).toEqual([
      ["TryMerge", ["mergeIndividuals"]],
      ["AdmitNewPatient", ["registerIndividual"]],
    ]);
    expect(rows[1]!.entityIds).toContain(newId);
    expect((await trail("individualsAuditEvents", { entityId: newId })).length).toBeGreaterThanOrEqual(1);
  });

  it("filters narrow the trail: by role, by field, by time", async () => {
    const payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "audit-payer" });
    await graphql(hub.gatewayUrl!, `{ individual(id: "${demoPeople[0]!.id}") { identifiers { value } } }`, { token: payer });
    const byRole = await trail("individualsAuditEvents", { role: "MEDICAID_PAYMENT" });
    expect(byRole.length).toBeGreaterThan(0);
    expect(byRole.every((row) => row.role === "MEDICAID_PAYMENT")).toBe(true);
    expect(await trail("individualsAuditEvents", { role: "MEDICAID_PAYMENT", to: "2000-01-01T00:00:00Z" })).toEqual([]);
    expect(await trail("individualsAuditEvents", { organisationId: "audit-payer", field: "Individual.history" })).toEqual([]);
  });

  it("pages through the whole trail newest first with cursors: every record once, none skipped", async () => {
    for (const person of demoPeople.slice(0, 5)) await graphql(hub.gatewayUrl!, `{ individual(id: "${person.id}") { birthDate } }`, { token: state });
    const everything = (await trailPage("individualsAuditEvents", {}, { first: 500 })).edges.map((edge) => edge.node.id);
    expect(everything.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await trailPage("individualsAuditEvents", {}, { first: 1, after });
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Records written between the two reads (other tests' requests) are newer than any cursor, so
    // they can only appear at the head; what both reads saw must be in the same order.
    const seenByBoth = new Set(everything);
    expect(paged.filter((id) => seenByBoth.has(id))).toEqual(everything);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it("keeps the released `filter.first` working (deprecated), and refuses a page size over 500 or a forged cursor", async () => {
    const legacy = await trail("individualsAuditEvents", { first: 1 });
    expect(legacy).toHaveLength(1);
    const tooMany = await graphql(hub.gatewayUrl!, auditQuery("individualsAuditEvents"), { token: state, variables: { first: 501 } });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = Buffer.from("k:2026-01-01T00:00:00.000Z|' OR 1=1 --").toString("base64url");
    const refused = await graphql(hub.gatewayUrl!, auditQuery("individualsAuditEvents"), { token: state, variables: { after: forged } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("only the state agency reads a trail", async () => {
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    for (const [url, field] of [
      [hub.gatewayUrl!, "individualsAuditEvents"],
      [hub.subgraphs.screenings!.url, "screeningsAuditEvents"],
    ] as const) {
      const answer = await graphql(url, auditQuery(field), { token: paa });
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.data ?? null).toBeNull();
    }
  });

  it.each(["individuals", "screenings", "levelofcare", "facilities"] as const)(
    "the %s trail is append-only: UPDATE, DELETE and TRUNCATE are refused by the database",
    async (name) => {
      await graphql(hub.subgraphs.individuals!.url, `{ individual(id: "${demoPeople[0]!.id}") { birthDate } }`, { token: state });
      const client = rawClient(name);
      await client.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("id", "service", "requestId", "subject", "organisationId", "role", "writes", "fields", "entityIds") VALUES ('0193a000-0000-7000-8000-0000000aaaaa', '${name}', 'append-only-probe', 'probe', 'probe', 'STATE_MEDICAID_AGENCY', '{}', '{}', '{}')`,
      );
      await expect(client.$executeRawUnsafe(`UPDATE "AuditEvent" SET "subject" = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(client.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    },
  );
});
