import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { loadIdentityConfig, type IdentityConfig } from "./individuals.config.ts";

/** What the individuals subgraph makes once at start-up, beside the platform's clock and owner calls. */
export interface Services {
  /** Match thresholds, each state's Medicaid ID format and the lookup bounds (individuals.config.ts). */
  identity: IdentityConfig;
}

/** Reads the identity settings from the service's environment; a bad threshold or Medicaid ID pattern stops start-up. */
export const createServices = (_config: SubgraphConfig, env: Env): Services => ({ identity: loadIdentityConfig(env) });
