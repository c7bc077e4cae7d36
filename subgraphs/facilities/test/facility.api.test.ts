import type { StatementLog } from "@pasrr/db/statement-log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { startFacilitiesSubgraph, type TestHub } from "./support.ts";

/** The registry over HTTP, with the demo data: lookups, the filtered list, registration and `_entities`. */
let hub: TestHub;
let url: string;
let stateToken: string;
let statements: StatementLog;

beforeAll(async () => ({ hub, url, stateToken, statements } = await startFacilitiesSubgraph({ seedDemoData: true })));
afterAll(() => hub?.stop());
const list = `query ($filter: FacilityFilter, $first: Int!, $after: String) {
  facilities(first: $first, after: $after, filter: $filter) { edges { node { providerNumber county region type } } pageInfo { hasNextPage endCursor } }
}`;
const register = `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id providerNumber npi name state } } }`;
const valid = (overrides: Record<string, unknown> = {}) => ({
  providerNumber: `OH-${Math.floor(Math.random() * 1e8)}`,
  name: "Elm Court",
  type: "NURSING_FACILITY",
  addressLine: "1 Elm St",
  city: "Xenia",
  postalCode: "45385",
  county: "Greene",
  state: "OH",
  region: "Region 2",
  medicaidCertified: true,
  certifiedBeds: 60,
  ...overrides,
});

describe("the demo registry", () => {
  it("has facilities in several counties of two PAA regions, and the shared cast's ids", async () => {
    const answer = await graphql(url, list, { token: stateToken, variables: { first: 100 } });
    const nodes: { county: string; region: string; providerNumber: string }[] = answer.data!.facilities.edges.map((edge: { node: unknown }) => edge.node);
    expect(new Set(nodes.map((node) => node.region))).toEqual(new Set(["Region 1", "Region 2"]));
    expect(new Set(nodes.map((node) => node.county)).size).toBeGreaterThanOrEqual(6);
    for (const facility of demoFacilities) expect(nodes.map((node) => node.providerNumber)).toContain(facility.providerNumber);
  });

  it("facilityByProviderNumber finds a facility whatever the case, and any role may read the registry", async () => {
    const token = await hub.token({ role: "MEDICAID_PAYMENT" });
    const answer = await graphql(url, `{ facilityByProviderNumber(providerNumber: " demo-nf-0001 ") { id npi certifiedBeds medicaidCertified } }`, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.facilityByProviderNumber).toMatchObject({ id: demoFacilities[0]!.id, npi: "1640000018", medicaidCertified: true });
  });

  it("the list filters by county, region, type and certification, every condition at once", async () => {
    const only = async (filter: Record<string, unknown>) =>
      (await graphql(url, list, { token: stateToken, variables: { first: 100, filter } }))
        .data!.facilities.edges.map((edge: { node: { providerNumber: string } }) => edge.node.providerNumber)
        .sort();
    expect(await only({ region: "Region 1", type: "NURSING_FACILITY" })).toEqual(["DEMO-NF-0001", "DEMO-NF-0002", "DEMO-NF-0102"]);
    expect(await only({ county: "Franklin" })).toEqual(["DEMO-NF-0003", "DEMO-PSY-0103"]);
    expect(await only({ region: "Region 2", medicaidCertified: false })).toEqual(["DEMO-NF-0105"]);
  });

  it("pages in id order, each facility once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const answer = await graphql(url, list, { token: stateToken, variables: { first: 3, after } });
      const connection: { edges: { node: { providerNumber: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = answer.data!.facilities;
      seen.push(...connection.edges.map((edge) => edge.node.providerNumber));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(8);
  });
});

describe("registerFacility", () => {
  it("the state agency registers a facility; the provider number and NPI are unique (CONFLICT)", async () => {
    const input = valid({ npi: "1234567893" });
    const created = await graphql(url, register, { token: stateToken, variables: { input } });
    expect(created.errors).toBeUndefined();
    const again = await graphql(url, register, { token: stateToken, variables: { input: valid({ providerNumber: input.providerNumber }) } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: "UNIQUE_PROVIDER_NUMBER" });
  });

  it.each([
    [{ npi: "1234567890" }, "input.npi"],
    [{ postalCode: "4538" }, "input.postalCode"],
    [{ certifiedBeds: -1 }, "input.certifiedBeds"],
    [{ name: "   " }, "input.name"],
  ])("%j is BAD_USER_INPUT naming the field", async (change, field) => {
    const answer = await graphql(url, register, { token: stateToken, variables: { input: valid(change) } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each(["PAA", "NURSING_FACILITY", "MEDICAID_PAYMENT"] as const)("%s may not register a facility (FORBIDDEN)", async (role) => {
    const token = await hub.token({ role, counties: ["Hamilton"], facilityIds: [demoFacilities[0]!.id] });
    expect(errorCodes(await graphql(url, register, { token, variables: { input: valid() } }))).toEqual(["FORBIDDEN"]);
  });
});

describe("_entities for Facility", () => {
  it("resolves many representations in one statement, in order, null for unknown ids", async () => {
    statements.reset();
    const ids = [demoFacilities[2]!.id, "0193a000-0000-7000-8000-0000deadbeef", demoFacilities[0]!.id, "nope"];
    const answer = await graphql(url, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id providerNumber } } }`, {
      token: stateToken,
      variables: { r: ids.map((id) => ({ __typename: "Facility", id })) },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toEqual([{ id: ids[0], providerNumber: "DEMO-NF-0003" }, null, { id: ids[2], providerNumber: "DEMO-NF-0001" }, null]);
    expect(statements.count).toBe(1);
  });
});
