import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { loadLevelOfCarePolicy, type LevelOfCarePolicy } from "./levelofcare.config.ts";

/** What the levelofcare subgraph makes once at start-up, beside the platform's clock and owner calls. */
export interface Services {
  /** The state's appeal window and bed-hold days (levelofcare.config.ts). */
  policy: LevelOfCarePolicy;
}

/** Reads the Level of Care policy from the service's environment; a bad value stops start-up. */
export const createServices = (_config: SubgraphConfig, env: Env): Services => ({ policy: loadLevelOfCarePolicy(env) });
