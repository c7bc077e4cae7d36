import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { keyCounts, residentListDay, residentListQuery, seedResidentList } from "./support/resident-list.ts";

/**
 * Issue 10, "No N+1, anywhere": a list of people with fields from all four subgraphs costs the
 * same statements at n = 1,000 as at n = 10 (one per entity type per `_entities` fetch), and
 * every key reaches the database once (the loaders deduplicate). Counted at the driver adapter.
 */
describe("a list of people across the four subgraphs (no N+1)", () => {
  let hub: TestHub;
  let token: string;
  const facilities: Record<number, string> = {};

  beforeAll(async () => {
    hub = await startTestHub({ database: "pglite" });
    token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    facilities[10] = await seedResidentList(hub.subgraphs, 1, 10);
    facilities[1000] = await seedResidentList(hub.subgraphs, 2, 1000);
  }, 120_000);
  afterAll(() => hub?.stop());

  /** Reads the list once and returns, per subgraph, the statements it ran and the keys they were bound to. */
  async function readList(n: number) {
    for (const name of subgraphNames) {
      hub.subgraphs[name]!.statements.reset();
      hub.subgraphs[name]!.statements.record = true;
    }
    const answer = await graphql(hub.gatewayUrl!, residentListQuery, { token, variables: { facilityId: facilities[n], on: residentListDay } });
    expect(answer.errors).toBeUndefined();
    const census = answer.data!.facility.census as {
      individual: { levelOneScreens: unknown[]; levelOfCareDeterminations: { facility: { id: string } }[]; stays: unknown[] };
    }[];
    expect(census).toHaveLength(n);
    // Every row really carries data from each subgraph, so no fetch was skipped.
    for (const { individual } of census) {
      expect(individual.levelOneScreens).toHaveLength(1);
      expect(individual.levelOfCareDeterminations).toMatchObject([{ facility: { id: facilities[n] } }]);
      expect(individual.stays).toHaveLength(1);
    }
    const perSubgraph = {} as Record<SubgraphName, { statements: number; keys: number; uniqueKeys: number }>;
    for (const name of subgraphNames) {
      perSubgraph[name] = keyCounts(hub.subgraphs[name]!.statements);
      hub.subgraphs[name]!.statements.record = false;
    }
    return perSubgraph;
  }

  it("costs the same SQL statements per request at n = 1,000 as at n = 10, in every subgraph", async () => {
    await readList(10); // the first request warms the gateway's query-plan cache
    const [small, large] = [await readList(10), await readList(1000)];
    for (const name of subgraphNames) {
      expect(small[name].statements, name).toBeGreaterThan(0);
      expect(large[name].statements / small[name].statements, name).toBe(1);
    }
  }, 60_000);

  it("sends each key to the database once per lookup: keys in the IN lists ÷ unique keys = 1.0", async () => {
    const large = await readList(1000);
    expect(large.individuals.uniqueKeys).toBeGreaterThanOrEqual(1000);
    for (const name of subgraphNames) {
      expect(large[name].keys / large[name].uniqueKeys, name).toBe(1);
    }
  }, 60_000);
});
