import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { loadPolicy } from "./policy/policy.config.ts";
import type { PasrrPolicy } from "./policy/policy.model.ts";

/** What screenings makes once at start-up, beside the platform's services: the state's policy pack. */
export interface Services {
  /** Every duration, threshold and working-day rule the service applies (PASRR_POLICY_STATE, PASRR_STATE_HOLIDAYS). */
  policy: PasrrPolicy;
}

/** Reads the policy pack from the service's environment; a bad value stops start-up before anything listens. */
export const createServices = (_config: SubgraphConfig, env: Env): Services => ({ policy: loadPolicy(env) });
