import path from "node:path";
import { z } from "zod";
import { loadAuthConfig, type AuthConfig } from "../auth/auth-config.ts";
import type { Clock } from "../calendar/clock.ts";
import { loadClock } from "../config/clock-config.ts";
import { readRuntimeMode, readVar, type Env, type RuntimeMode } from "../config/env.ts";
import { defaultDataDir } from "../config/repo-paths.ts";
import { loadObservabilityConfig, type ObservabilityConfig } from "../observability/observability-config.ts";

/** What every hub process (the gateway and each subgraph) is configured with. */
export interface CommonConfig {
  mode: RuntimeMode;
  host: string;
  dataDir: string;
  auth: AuthConfig;
  observability: ObservabilityConfig;
  /** The one clock: today is the state's date in the state's zone (see clock-config.ts). */
  clock: Clock;
}

export function loadCommonConfig(env: Env): CommonConfig {
  const mode = readRuntimeMode(env);
  const dataDir = path.resolve(readVar(env, "HUB_DATA_DIR", z.string().default(defaultDataDir)));
  return {
    mode,
    host: readVar(env, "HOST", z.string().min(1).default("127.0.0.1")),
    dataDir,
    auth: loadAuthConfig(env, mode, dataDir),
    observability: loadObservabilityConfig(env, mode),
    clock: loadClock(env, mode),
  };
}
