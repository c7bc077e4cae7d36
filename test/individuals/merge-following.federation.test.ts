import { demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Issue 3, "Merge and unmerge" through the real gateway: after a merge, a query on the survivor
 * includes the merged record's screenings, determinations and stays, which stay in their own
 * subgraphs (they follow `Individual.mergedIds` through `@requires`; nothing is copied).
 */
const acrossTheGraph = `query Across($id: ID!) {
  individual(id: $id) {
    id familyName mergedIds
    levelOneScreens { id }
    levelOfCareDeterminations { id }
    stays { admittedOn }
  }
}`;

const register = `mutation Register($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) {
    outcome
    individual { id }
    candidates { individual { id } score reasons { field agreement weight } }
  }
}`;

describe.each(["pglite", "postgres"] as const)("registering, reviewing and merging through the gateway (%s)", (database) => {
  let hub: TestHub;
  let token: string;
  const demo = demoPeople[0]!;
  const ask = (query: string, variables: Record<string, unknown>) => graphql(hub.gatewayUrl!, query, { token, variables });

  beforeAll(async () => {
    hub = await startTestHub({ database, seedDemoData: true });
    token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => hub?.stop());

  it("a near-duplicate of a demo person is POSSIBLE_DUPLICATE with reasons; after a merge the survivor carries the merged person's records, and unmerge takes them back", async () => {
    const near = { givenName: demo.givenName, familyName: demo.familyName.toUpperCase(), birthDate: "1941-04-11", county: demo.county, state: demo.state };
    const registered = await ask(register, { input: near });
    expect(registered.errors).toBeUndefined();
    const payload = registered.data!.registerIndividual;
    expect(payload.outcome).toBe("POSSIBLE_DUPLICATE");
    expect(payload.candidates[0].individual.id).toBe(demo.id);
    expect(payload.candidates[0].reasons).toEqual(
      expect.arrayContaining([
        { field: "GIVEN_NAME", agreement: "EXACT", weight: expect.any(Number) },
        { field: "FAMILY_NAME", agreement: "EXACT", weight: expect.any(Number) },
        { field: "BIRTH_DATE", agreement: "ONE_DIGIT", weight: expect.any(Number) },
      ]),
    );
    const newcomer: string = payload.individual.id;
    const alone = await ask(acrossTheGraph, { id: newcomer });
    expect(alone.data!.individual).toMatchObject({ mergedIds: [], levelOneScreens: [], levelOfCareDeterminations: [], stays: [] });

    const merged = await ask(
      `mutation($s: ID!, $m: ID!) { mergeIndividuals(input: { survivorId: $s, mergedId: $m, reason: "one person, registered twice" }) { survivor { id } } }`,
      { s: newcomer, m: demo.id },
    );
    expect(merged.errors).toBeUndefined();
    for (const id of [newcomer, demo.id]) {
      const answer = await ask(acrossTheGraph, { id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.individual).toMatchObject({ id: newcomer, mergedIds: [demo.id], stays: [{ admittedOn: "2026-09-14" }] });
      expect(answer.data!.individual.levelOneScreens).toHaveLength(1);
      expect(answer.data!.individual.levelOfCareDeterminations).toHaveLength(1);
    }

    const unmerged = await ask(`mutation($m: ID!) { unmergeIndividual(input: { mergedId: $m, reason: "different people after all" }) { restored { id } } }`, {
      m: demo.id,
    });
    expect(unmerged.errors).toBeUndefined();
    expect((await ask(acrossTheGraph, { id: newcomer })).data!.individual).toMatchObject({ mergedIds: [], levelOneScreens: [], stays: [] });
    const restored = await ask(acrossTheGraph, { id: demo.id });
    expect(restored.data!.individual).toMatchObject({ id: demo.id, mergedIds: [], stays: [{ admittedOn: "2026-09-14" }] });
    expect(restored.data!.individual.levelOneScreens).toHaveLength(1);
  });
});
