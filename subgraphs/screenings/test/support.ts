import type { Env } from "@pasrr/config/env";
import { startTestHub, subgraphUnderTest, type TestHubOptions } from "../../../test/support/hub.ts";

export type { TestHub } from "../../../test/support/hub.ts";

/**
 * The screenings subgraph alone on a fresh in-memory database (no gateway, no other subgraph),
 * with its statement log and a state-agency token. A test that needs the facility registry or the
 * graph belongs in the root `test/screenings/`.
 */
export async function startScreeningsSubgraph(options: { seedDemoData?: boolean; env?: Env } = {}) {
  const hub = await startTestHub({ only: ["screenings"], ...options });
  const service = hub.subgraphs.screenings;
  if (!service) throw new Error("the screenings subgraph did not start");
  return { hub, service, url: service.url, statements: service.statements, stateToken: await hub.token({ role: "STATE_MEDICAID_AGENCY" }) };
}

/** The screenings subgraph alone, started before this file's tests and stopped after them, with a state-agency token. */
export const screeningsUnderTest = (options: Omit<TestHubOptions, "only"> = {}) => subgraphUnderTest("screenings", options);
