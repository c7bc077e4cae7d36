import { z } from "zod";
import { loadAuthConfig, type AuthConfig } from "@pasrr/auth/auth-config";
import type { Clock } from "@pasrr/calendar/clock";
import { loadClock } from "@pasrr/calendar/clock-config";
import { readRuntimeMode, readVar, type Env, type RuntimeMode } from "@pasrr/config/env";
import { readHubDataDir } from "@pasrr/config/repo-paths";
import { loadObservabilityConfig, type ObservabilityConfig } from "@pasrr/observability/observability-config";
import { loadRedisConfig, type RedisConfig } from "./shared-state/redis-config.ts";

/** What every hub process (the gateway and each subgraph) is configured with. */
export interface CommonConfig {
  mode: RuntimeMode;
  host: string;
  dataDir: string;
  auth: AuthConfig;
  observability: ObservabilityConfig;
  /** The one clock: today is the state's date in the state's zone (see clock-config.ts). */
  clock: Clock;
  /** The Redis that replicas share (REDIS_URL); undefined, each process keeps that state itself. */
  redis: RedisConfig | undefined;
}

export function loadCommonConfig(env: Env): CommonConfig {
  const mode = readRuntimeMode(env);
  const dataDir = readHubDataDir(env);
  return {
    mode,
    host: readVar(env, "HOST", z.string().min(1).default("127.0.0.1")),
    dataDir,
    auth: loadAuthConfig(env, mode, dataDir),
    observability: loadObservabilityConfig(env, mode),
    clock: loadClock(env, mode),
    redis: loadRedisConfig(env),
  };
}
