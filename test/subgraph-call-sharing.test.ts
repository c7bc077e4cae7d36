import { subgraphNames } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { residentListDay, residentListQuery, seedResidentList } from "./support/resident-list.ts";

/** gateway/src/subgraph-data-source.ts: identical subgraph queries in flight under one token share a call. */
describe("identical subgraph queries in flight share one call", () => {
  let hub: TestHub;
  let facilityId: string;
  const totalStatements = () => subgraphNames.reduce((sum, name) => sum + hub.subgraphs[name]!.statements.count, 0);
  const resetStatements = () => subgraphNames.forEach((name) => hub.subgraphs[name]!.statements.reset());

  beforeAll(async () => {
    hub = await startTestHub({ database: "pglite" });
    facilityId = await seedResidentList(hub.subgraphs, 3, 3);
  }, 120_000);
  afterAll(() => hub?.stop());

  const ask = (token: string) => graphql(hub.gatewayUrl!, residentListQuery, { token, variables: { facilityId, on: residentListDay } });

  it("five identical queries at once under the same token cost the subgraphs fewer statements than five one after another", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    await ask(token); // plan cache and connections warm
    resetStatements();
    for (let i = 0; i < 5; i += 1) expect((await ask(token)).errors).toBeUndefined();
    const oneAfterAnother = totalStatements();
    resetStatements();
    const answers = await Promise.all(Array.from({ length: 5 }, () => ask(token)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.facility.census).toHaveLength(3);
    }
    expect(totalStatements()).toBeLessThan(oneAfterAnother);
  });

  it("the same query at once under different tokens is not shared: each partner gets its own answer", async () => {
    const [state, otherCountyPaa] = [await hub.token({ role: "STATE_MEDICAID_AGENCY" }), await hub.token({ role: "PAA", counties: ["Butler"] })];
    const [forState, forPaa] = await Promise.all([ask(state), ask(otherCountyPaa)]);
    expect(forState.errors).toBeUndefined();
    expect(forState.data!.facility.census).toHaveLength(3);
    // The Butler PAA's own rules apply: none of the Hamilton residents are its to see.
    expect(forPaa.data?.facility?.census ?? []).toHaveLength(0);
  });
});
