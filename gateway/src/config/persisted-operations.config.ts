import path from "node:path";
import { z } from "zod";
import { loadSafelistedRoles } from "@pasrr/service-kit/edge/partner-config";
import { ConfigError } from "@pasrr/config/config-error";
import { readVar, type Env, type RuntimeMode } from "@pasrr/config/env";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { Role } from "@pasrr/auth/roles";

/**
 * Automatic persisted queries (Apollo's APQ protocol): a client sends a query's sha256 instead of
 * its text once the gateway has seen the text. Each gateway keeps the texts in memory, bounded in
 * bytes (least recently used go first) and in age; with REDIS_URL every replica keeps them in
 * Redis, bounded in age. A forgotten text costs the client one resend.
 */
export interface AutomaticPersistedQueriesConfig {
  enabled: boolean;
  /** Bytes of query text held at most in memory (the LRU cache's size, counted in characters). */
  cacheMaxBytes: number;
  /** Seconds a registered query is kept after its registration; 0 keeps it until evicted (in memory only). */
  ttlSeconds: number;
  /** The longest text registered (in UTF-8 bytes); a longer one runs but is sent in full each time. */
  maxTextBytes: number;
}

/**
 * Safelist mode: a token whose role is listed may run only the operations registered for that
 * role in `<manifestDir>/<role-in-kebab-case>.json` (Apollo's persisted query manifest format).
 */
export interface SafelistConfig {
  roles: Role[];
  manifestDir: string;
}

/** `shared`: the texts go to the Redis the replicas share (REDIS_URL), where only their age bounds them. */
export function loadAutomaticPersistedQueries(env: Env, shared: boolean): AutomaticPersistedQueriesConfig {
  const config = {
    enabled: readVar(
      env,
      "GATEWAY_APQ",
      z
        .enum(["true", "false", "1", "0"])
        .transform((v) => v === "true" || v === "1")
        .default(true),
    ),
    cacheMaxBytes: readVar(
      env,
      "GATEWAY_APQ_CACHE_MAX_BYTES",
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(1024 * 1024 * 1024)
        .default(8 * 1024 * 1024),
    ),
    ttlSeconds: readVar(
      env,
      "GATEWAY_APQ_TTL_SECONDS",
      z.coerce
        .number()
        .int()
        .min(0)
        .max(30 * 24 * 3600)
        .default(24 * 3600),
    ),
    // The manifest's operations are under 1 kB; a client's longest hand-written query a few kB.
    maxTextBytes: readVar(
      env,
      "GATEWAY_APQ_MAX_TEXT_BYTES",
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(4 * 1024 * 1024)
        .default(64 * 1024),
    ),
  };
  if (shared && config.enabled && config.ttlSeconds === 0) {
    throw new ConfigError("GATEWAY_APQ_TTL_SECONDS", "must be over 0 with REDIS_URL: in Redis only their age bounds the APQ texts (got 0)");
  }
  return config;
}

/** The safelisted roles (shared with the subgraphs, edge/partner-config.ts) and where their manifests are. */
export function loadSafelist(env: Env, mode: RuntimeMode): SafelistConfig {
  return {
    roles: loadSafelistedRoles(env, mode),
    manifestDir: path.resolve(readVar(env, "GATEWAY_PERSISTED_OPERATIONS_DIR", z.string().min(1).default(path.join(repoRoot, "persisted-operations")))),
  };
}
