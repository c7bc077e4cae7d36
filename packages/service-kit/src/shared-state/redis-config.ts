import { z } from "zod";
import { readVar, redisUrl, type Env } from "@pasrr/config/env";

/**
 * Where the state that replicas must agree on lives (the organisations' rate limits, the APQ
 * texts). Unset, each process keeps its own, as an embedded single-replica hub needs.
 */
export interface RedisConfig {
  /** `redis://` or `rediss://` (TLS); it may carry a password, so it is never logged whole. */
  url: string;
  /** Put before every key the hub writes, so one Redis can serve several deployments. */
  keyPrefix: string;
}

export function loadRedisConfig(env: Env): RedisConfig | undefined {
  const url = readVar(env, "REDIS_URL", redisUrl.optional());
  const keyPrefix = readVar(
    env,
    "REDIS_KEY_PREFIX",
    z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/, "must be 1–100 letters, digits or . _ : -")
      .default("pasrr:"),
  );
  return url === undefined ? undefined : { url, keyPrefix };
}
