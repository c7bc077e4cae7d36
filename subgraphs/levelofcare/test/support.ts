import { startTestHub, subgraphUnderTest, type TestHubOptions } from "../../../test/support/hub.ts";

export type { TestHub } from "../../../test/support/hub.ts";

/**
 * The levelofcare subgraph's own tests start this subgraph alone: no gateway and no other
 * subgraph (tests that need them live in the root test/levelofcare/). What the router would hand
 * over through `@requires` a test sends itself in `_entities` representations, vouched for with
 * the gateway's credential (`hub.gatewayVouch()`). The hub machinery is the root test hub's
 * (ports, PGlite, the pinned today, dev tokens), asked for one subgraph.
 */

/** levelofcare alone, started before this file's tests and stopped after them, with a state-agency token. */
export const levelOfCareUnderTest = (options: Omit<TestHubOptions, "only"> = {}) => subgraphUnderTest("levelofcare", options);

/** levelofcare alone on a fresh in-memory database, for a file that starts and stops it itself. */
export async function startLevelOfCareSubgraph(options: Omit<TestHubOptions, "only"> = {}) {
  const hub = await startTestHub({ ...options, only: ["levelofcare"] });
  const service = hub.subgraphs.levelofcare;
  if (!service) throw new Error("the levelofcare subgraph did not start");
  return { hub, service };
}
