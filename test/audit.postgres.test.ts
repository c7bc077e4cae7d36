import { demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/** The audit trail on the production path (PostgreSQL through @prisma/adapter-pg): written once per request, append-only. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ database: "postgres", only: ["individuals"], seedDemoData: true });
});
afterAll(() => hub?.stop());

describe("the audit trail on PostgreSQL", () => {
  it("an SSN read is recorded in one row, and the row can be neither changed nor removed", async () => {
    const nurse = await hub.token({ role: "NURSING_FACILITY", organisationId: "pg-audit-nf", facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    const url = hub.subgraphs.individuals!.url;
    const read = await graphql(url, `query ReadSsn { individual(id: "${demoPeople[0]!.id}") { identifiers { type value } } }`, { token: nurse });
    expect(read.errors).toBeUndefined();

    const state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    const trail = await graphql(url, `{ individualsAuditEvents(filter: { organisationId: "pg-audit-nf" }) { edges { node { operationName fields role } } } }`, {
      token: state,
    });
    expect(trail.data?.individualsAuditEvents).toEqual({
      edges: [{ node: { operationName: "ReadSsn", fields: ["Identifier.value"], role: "NURSING_FACILITY" } }],
    });

    const client = (hub.subgraphs.individuals as unknown as { client: { $executeRawUnsafe(sql: string): Promise<number> } }).client;
    await expect(client.$executeRawUnsafe(`UPDATE "AuditEvent" SET "role" = 'STATE_MEDICAID_AGENCY'`)).rejects.toThrow(/append-only/);
    await expect(client.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });
});
