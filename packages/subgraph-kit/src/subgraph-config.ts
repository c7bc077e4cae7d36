import { z } from "zod";
import type { Role } from "@pasrr/auth/roles";
import { loadDatabaseConfig, type DatabaseConfig } from "@pasrr/db/database-config";
import { bodyBytes, bool, port, readSubgraphUrls, readVar, type Env } from "@pasrr/config/env";
import { defaultPorts, envPrefix, type SubgraphName } from "@pasrr/config/service-names";
import { loadSafelistedRoles, loadRateLimit, readPartnerMaxBodyBytes, type RateLimitConfig } from "@pasrr/service-kit/edge/partner-config";
import { loadOperationLimits, type OperationLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import { loadCommonConfig, type CommonConfig } from "@pasrr/service-kit/common-config";
import { loadIdempotencyConfig, type IdempotencyConfig } from "./idempotency/idempotency.config.ts";

export interface SubgraphConfig extends CommonConfig {
  name: SubgraphName;
  /**
   * The graph (the gateway) a subgraph calls when a write depends on another owner's data,
   * e.g. the PASRR-met date a LOC determination may not precede.
   */
  graphUrl: string;
  /**
   * Where each subgraph answers, for a call straight to the owner of a fact this subgraph's
   * authority rules depend on (graphql/owner-call.ts); the same `<NAME>_URL` settings the gateway reads.
   */
  ownerUrls: Record<SubgraphName, string>;
  port: number;
  portVariable: string;
  database: DatabaseConfig;
  /**
   * `MIGRATE_AT_START`: apply pending migrations at start (development and test, so `npm start`
   * works on a fresh clone), or only check that there are none and refuse to start otherwise
   * (production: migrations are a release step, `npm run migrate`, not every replica's start).
   */
  migrateAtStart: boolean;
  idempotency: IdempotencyConfig;
  seedDemoData: boolean;
  /** Limits a subgraph applies to a request a hub service vouches for (the gateway's fetches); see loadSubgraphLimits. */
  limits: Pick<OperationLimits, "maxDepth" | "maxAliases" | "maxRootFields">;
  /**
   * The largest request body a subgraph reads from a hub service. Above the gateway's: one partner
   * request of 10,000 ids becomes an entity fetch carrying 10,000 representations (about 100 bytes each).
   */
  maxBodyBytes: number;
  /**
   * What a partner's own request gets here, sent straight and not through the gateway: exactly
   * what the gateway gives it (architecture.md, "Trust boundary") — the gateway's operation
   * limits (`GATEWAY_MAX_*`, `_entities` representations counting as a list), body limit
   * (`GATEWAY_MAX_BODY_BYTES`) and per-organisation rate (`GATEWAY_RATE_LIMIT_*`), and no way
   * round the gateway's safelist (`GATEWAY_SAFELISTED_ROLES`: such a role is refused here).
   */
  partner: {
    limits: OperationLimits;
    maxBodyBytes: number;
    rateLimit: RateLimitConfig;
    gatewayOnlyRoles: Role[];
  };
}

export function loadSubgraphConfig(name: SubgraphName, env: Env): SubgraphConfig {
  const common = loadCommonConfig(env);
  const prefix = envPrefix(name);
  return {
    ...common,
    name,
    graphUrl: readGraphUrl(env),
    ownerUrls: readSubgraphUrls(env),
    port: readVar(env, `${prefix}_PORT`, port.default(defaultPorts[name])),
    portVariable: `${prefix}_PORT`,
    database: loadDatabaseConfig(env, name, common.dataDir, common.mode),
    migrateAtStart: readVar(env, "MIGRATE_AT_START", bool.default(common.mode !== "production")),
    idempotency: loadIdempotencyConfig(env),
    seedDemoData: readVar(env, "SEED_DEMO_DATA", bool.default(common.mode === "development")),
    limits: loadSubgraphLimits(env),
    // The gateway's `_entities` call for a 10,000-line claim batch carries every person's required
    // fields (stays, identifiers) and the lines: several MB of JSON (levelofcare issue, item 5).
    maxBodyBytes: readVar(env, "SUBGRAPH_MAX_BODY_BYTES", bodyBytes.default(32 * 1024 * 1024)),
    partner: {
      limits: loadOperationLimits(env, "GATEWAY"),
      maxBodyBytes: readPartnerMaxBodyBytes(env),
      rateLimit: loadRateLimit(env),
      gatewayOnlyRoles: loadSafelistedRoles(env, common.mode),
    },
  };
}

/**
 * A subgraph limits the depth, aliases and root fields of the gateway's own fetches too. Their
 * defaults follow the gateway's, one level deeper (the gateway wraps a fetch in `_entities`).
 * Cost and list sizes are not applied to them: a fetch carries one representation per object and
 * would trip them; the gateway has already applied both to the partner's operation.
 */
function loadSubgraphLimits(env: Env): SubgraphConfig["limits"] {
  const gateway = loadOperationLimits(env, "GATEWAY");
  const { maxDepth, maxAliases, maxRootFields } = loadOperationLimits(env, "SUBGRAPH", { ...gateway, maxDepth: gateway.maxDepth + 1 });
  return { maxDepth, maxAliases, maxRootFields };
}

function readGraphUrl(env: Env): string {
  const gatewayPort = readVar(env, "GATEWAY_PORT", port.default(defaultPorts.gateway));
  return readVar(env, "GATEWAY_URL", z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${gatewayPort}/graphql`));
}
