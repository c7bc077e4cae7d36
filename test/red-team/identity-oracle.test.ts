import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { findAuditRecords, type RawSqlClient } from "@pasrr/subgraph-kit/audit/audit-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Red team, finding 1: `individualsByIdentifiers` was an oracle. A HOSPITAL looked up 100,000 SSNs
 * in one request and got names, birth dates, addresses and Medicaid IDs of every hit, with no audit
 * row. Now a role is answered only for the identifier types it may use (docs/access-matrix.md),
 * different identifiers per request are bounded, every hit is audited, and names, birth dates
 * and addresses are sensitive fields whose every read is audited. Through the gateway and
 * straight to the individuals subgraph.
 */
let hub: TestHub;
const person = demoPeople[0]!;
const ssn = { type: "SSN", value: "123-45-6701" };
const medicaid = { type: "MEDICAID_ID", issuer: "OH", value: "999900000001" };
const lookup = `query Lookup($ids: [IdentifierInput!]!) {
  individualsByIdentifiers(identifiers: $ids) { id givenName familyName birthDate addressLine1 city identifiers { type value } }
}`;
const otherMedicaidIds = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ type: "MEDICAID_ID", issuer: "OH", value: `8888${String(i).padStart(8, "0")}` }));

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
});
afterAll(() => hub?.stop());

describe.each(["gateway", "individuals"])("identity lookups are no oracle (%s)", (door) => {
  const url = () => (door === "gateway" ? hub.gatewayUrl! : hub.subgraphs.individuals!.url);
  const hospital = () => hub.token({ role: "HOSPITAL", facilityIds: [demoFacilities[0]!.id], organisationId: `oracle-hospital-${door}` });
  const ask = async (token: string, ids: unknown[]) => graphql(url(), lookup, { token, variables: { ids } });

  it("a hospital looking people up by SSN is FORBIDDEN, the message naming SSN, and gets no record — however many SSNs it sends", async () => {
    const token = await hospital();
    for (const ids of [[ssn], [medicaid, ssn], Array.from({ length: 500 }, () => ssn)]) {
      const answer = await ask(token, ids);
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.errors![0]!.message).toMatch(/\bSSN\b/);
      expect(answer.data?.individualsByIdentifiers ?? null).toBeNull();
      expect(JSON.stringify(answer)).not.toContain(person.familyName);
    }
  });

  it("the payment system may use Medicaid IDs only: SSN and MBI are FORBIDDEN naming the type; its Medicaid ID lookup answers", async () => {
    const payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: `oracle-payer-${door}` });
    for (const [id, type] of [
      [ssn, "SSN"],
      [{ type: "MEDICARE_MBI", value: "1EG4-TE5-MK73" }, "MEDICARE_MBI"],
      [{ type: "STATE_CLIENT_ID", issuer: "MN-PMI", value: "12345678" }, "STATE_CLIENT_ID"],
    ] as const) {
      const answer = await ask(payer, [id]);
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.errors![0]!.message).toContain(type);
    }
    const allowed = await graphql(url(), `query Lookup($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`, {
      token: payer,
      variables: { ids: [medicaid] },
    });
    expect(allowed.data).toEqual({ individualsByIdentifiers: [{ id: person.id }] });
  });

  it("a hospital may not look people up by another facility's record numbers", async () => {
    const answer = await ask(await hospital(), [{ type: "FACILITY_MRN", issuer: demoFacilities[1]!.id, value: "MRN-1" }]);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.errors![0]!.message).toContain("FACILITY_MRN");
  });

  it("different identifiers per request are bounded for a hospital (100 by default; duplicates count once), and 100 still answer", async () => {
    const token = await hospital();
    const over = await ask(token, [medicaid, ...otherMedicaidIds(100)]);
    expect(errorCodes(over)).toEqual(["BAD_USER_INPUT"]);
    expect(over.data?.individualsByIdentifiers ?? null).toBeNull();
    const within = await ask(token, [medicaid, ...otherMedicaidIds(99), ...otherMedicaidIds(99)]);
    expect(errorCodes(within)).toEqual([]);
    expect(within.data!.individualsByIdentifiers[0].id).toBe(person.id);
    expect(within.data!.individualsByIdentifiers).toHaveLength(199);
  });

  it("a PAA (which works identity) still looks people up by SSN, and every hit is audited with the person's id and the PHI fields read", async () => {
    const subject = `oracle-paa-${door}@paa`;
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"], subject, organisationId: `oracle-paa-${door}` });
    const answer = await ask(paa, [ssn, { type: "SSN", value: "123-45-6799" }]);
    expect(errorCodes(answer)).toEqual([]);
    expect(answer.data!.individualsByIdentifiers[0]).toMatchObject({ id: person.id, familyName: person.familyName });
    expect(answer.data!.individualsByIdentifiers[1]).toBeNull();
    const [row] = await findAuditRecords(hub.subgraphs.individuals!.client as unknown as RawSqlClient, { subject, limit: 5 });
    expect(row?.entityIds).toContain(person.id);
    expect(row?.fields).toEqual(
      expect.arrayContaining([
        "Query.individualsByIdentifiers",
        "Individual.givenName",
        "Individual.familyName",
        "Individual.addressLine1",
        "Individual.city",
        "Individual.birthDate",
      ]),
    );
  });

  it("a lookup that finds nobody and reads no PHI field still leaves a trail of its hits only (none): no row claims a person", async () => {
    const subject = `oracle-miss-${door}@payer`;
    const payer = await hub.token({ role: "MEDICAID_PAYMENT", subject, organisationId: `oracle-miss-${door}` });
    const answer = await graphql(url(), `query Lookup($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`, {
      token: payer,
      variables: { ids: otherMedicaidIds(3) },
    });
    expect(answer.data).toEqual({ individualsByIdentifiers: [null, null, null] });
    const rows = await findAuditRecords(hub.subgraphs.individuals!.client as unknown as RawSqlClient, { subject, limit: 5 });
    expect(rows.flatMap((row) => row.entityIds)).toEqual([]);
  });
});
