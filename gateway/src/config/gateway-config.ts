import { z } from "zod";
import { bool, port, readSubgraphUrls, readVar, type Env } from "@pasrr/config/env";
import { loadCommonConfig, type CommonConfig } from "@pasrr/service-kit/common-config";
import { loadOperationLimits, type OperationLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import { loadRateLimit, readPartnerMaxBodyBytes, type RateLimitConfig } from "@pasrr/service-kit/edge/partner-config";
import { defaultPorts, type SubgraphName } from "@pasrr/config/service-names";
import { loadUiConfig, type UiConfig } from "./ui.config.ts";
import { loadAutomaticPersistedQueries, loadSafelist, type AutomaticPersistedQueriesConfig, type SafelistConfig } from "./persisted-operations.config.ts";

export interface GatewayConfig extends CommonConfig {
  port: number;
  portVariable: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** How long the gateway waits for a subgraph before answering without it. */
  subgraphTimeoutMs: number;
  /** Whether identical subgraph queries in flight at once under one token share a call (the benchmark's overhead row turns it off). */
  shareInflightQueries: boolean;
  sandbox: boolean;
  limits: OperationLimits;
  rateLimit: RateLimitConfig;
  /** The largest request body the gateway reads; a 10,000-identifier batch is about 600 kB. */
  maxBodyBytes: number;
  automaticPersistedQueries: AutomaticPersistedQueriesConfig;
  safelist: SafelistConfig;
  ui: UiConfig;
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const common = loadCommonConfig(env);
  const subgraphUrls = readSubgraphUrls(env);
  return {
    ...common,
    port: readVar(env, "GATEWAY_PORT", port.default(defaultPorts.gateway)),
    portVariable: "GATEWAY_PORT",
    subgraphUrls,
    subgraphTimeoutMs: readVar(env, "SUBGRAPH_TIMEOUT_MS", z.coerce.number().int().min(100).max(120_000).default(10_000)),
    shareInflightQueries: readVar(env, "GATEWAY_SHARE_INFLIGHT_QUERIES", bool.default(true)),
    sandbox: readVar(env, "SANDBOX", bool.default(common.mode !== "production")),
    limits: loadOperationLimits(env, "GATEWAY"),
    rateLimit: loadRateLimit(env),
    maxBodyBytes: readPartnerMaxBodyBytes(env),
    automaticPersistedQueries: loadAutomaticPersistedQueries(env, common.redis !== undefined),
    safelist: loadSafelist(env, common.mode),
    ui: loadUiConfig(env, common.mode),
  };
}
