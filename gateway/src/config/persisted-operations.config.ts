import path from "node:path";
import { z } from "zod";
import { loadSafelistedRoles } from "@pasrr/service-kit/edge/partner-config";
import { readVar, type Env, type RuntimeMode } from "@pasrr/config/env";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { Role } from "@pasrr/auth/roles";

/**
 * Automatic persisted queries (Apollo's APQ protocol): a client sends a query's sha256 instead of
 * its text once the gateway has seen the text. The gateway keeps the texts in memory, bounded in
 * bytes (least recently used go first) and in age; a forgotten text costs the client one resend.
 */
export interface AutomaticPersistedQueriesConfig {
  enabled: boolean;
  /** Bytes of query text held at most (the LRU cache's size, counted in characters). */
  cacheMaxBytes: number;
  /** Seconds a registered query is kept after its registration; 0 keeps it until evicted. */
  ttlSeconds: number;
}

/**
 * Safelist mode: a token whose role is listed may run only the operations registered for that
 * role in `<manifestDir>/<role-in-kebab-case>.json` (Apollo's persisted query manifest format).
 */
export interface SafelistConfig {
  roles: Role[];
  manifestDir: string;
}

export function loadAutomaticPersistedQueries(env: Env): AutomaticPersistedQueriesConfig {
  return {
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
  };
}

/** The safelisted roles (shared with the subgraphs, edge/partner-config.ts) and where their manifests are. */
export function loadSafelist(env: Env, mode: RuntimeMode): SafelistConfig {
  return {
    roles: loadSafelistedRoles(env, mode),
    manifestDir: path.resolve(readVar(env, "GATEWAY_PERSISTED_OPERATIONS_DIR", z.string().min(1).default(path.join(repoRoot, "persisted-operations")))),
  };
}
