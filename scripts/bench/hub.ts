import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFacilities } from "@pasrr/facilities";
import { startIndividuals } from "@pasrr/individuals";
import { startLevelOfCare } from "@pasrr/levelofcare";
import { startScreenings } from "@pasrr/screenings";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig, type SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { Env } from "@pasrr/config/env";
import { createScratchDatabases } from "../../test/support/postgres.ts";
import { freePorts } from "../../test/support/processes.ts";
import type { RunningSubgraphs } from "../../test/support/hub.ts";

export type BenchDatabase = "pglite" | "postgres";

const starters: { [N in SubgraphName]: (config: SubgraphConfig, env: Env) => Promise<RunningSubgraphs[N]> } = {
  individuals: startIndividuals,
  screenings: startScreenings,
  levelofcare: startLevelOfCare,
  facilities: startFacilities,
};

/** The hub's databases and configuration for one benchmark, prepared once and started as processes as often as needed. */
export interface PreparedHub {
  env: Env;
  database: BenchDatabase;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stateToken: string;
  dispose(): Promise<void>;
}

/**
 * Creates the four databases (PGlite folders or fresh PostgreSQL databases), migrates them and
 * lets `seed` write into them through the subgraphs' own Prisma clients, in this process; the
 * services are then started as processes of their own by `startHubProcesses`.
 */
export async function prepareHub(
  database: BenchDatabase,
  seed: (subgraphs: Partial<RunningSubgraphs>, env: Env) => Promise<void>,
  settings: Env = {},
): Promise<PreparedHub> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-bench-"));
  const scratch = database === "postgres" ? await createScratchDatabases(subgraphNames) : undefined;
  const ports = await freePorts(subgraphNames.length + 1);
  // Load from one organisation is the point here, not the per-organisation rate limit that would refuse it.
  const env: Env = {
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    SANDBOX: "false",
    SEED_DEMO_DATA: "false",
    HOST: "127.0.0.1",
    HUB_DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports[0]),
    GATEWAY_RATE_LIMIT_PER_MINUTE: "10000000",
    GATEWAY_RATE_LIMIT_BURST: "1000000",
    ...settings,
  };
  const subgraphUrls = {} as Record<SubgraphName, string>;
  subgraphNames.forEach((name, i) => {
    env[`${envPrefix(name)}_PORT`] = String(ports[i + 1]);
    env[`${envPrefix(name)}_DATA_DIR`] = path.join(dataDir, name);
    if (scratch) env[`${envPrefix(name)}_DATABASE_URL`] = scratch.urls[name];
    subgraphUrls[name] = `http://127.0.0.1:${ports[i + 1]}/graphql`;
    env[`${envPrefix(name)}_URL`] = subgraphUrls[name];
  });
  const running: Partial<RunningSubgraphs> = {};
  try {
    for (const name of subgraphNames) (running as Record<SubgraphName, unknown>)[name] = await starters[name](loadSubgraphConfig(name, env), env);
    await seed(running, env);
  } finally {
    for (const service of Object.values(running)) await service.stop();
  }
  const stateToken = await mintDevToken(loadCommonConfig(env).auth, { organisationId: "bench-state-agency", role: "STATE_MEDICAID_AGENCY" });
  return {
    env,
    database,
    gatewayUrl: `http://127.0.0.1:${ports[0]}/graphql`,
    subgraphUrls,
    stateToken,
    async dispose() {
      await scratch?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** What the process wrote to stdout, when started with `captureOutput`. */
  output(): string;
}

/**
 * Starts an entry point as its own process and waits until `readyUrl` answers 200: TypeScript
 * through tsx, as `npm start` does, or a compiled `.js` bundle under plain node, as `npm run start:prod` does.
 * graphql-js runs in production mode in every one (graphql-production.mjs).
 */
export async function startProcess(
  name: string,
  entry: string,
  env: Env,
  readyUrl: string,
  args: string[] = [],
  pollMs = 100,
  captureOutput = false,
): Promise<ServiceProcess> {
  const loader = [...(entry.endsWith(".ts") ? ["--import", "tsx"] : []), "--import", path.join(repoRoot, "scripts/bench/graphql-production.mjs")];
  // `BENCH_CPU_PROF_DIR`: each service writes its V8 CPU profiles (a thread each) under <dir>/<service> when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
  const profile = process.env.BENCH_CPU_PROF_DIR;
  if (profile) loader.unshift("--cpu-prof", "--cpu-prof-dir", path.join(profile, name));
  return startCommand(name, process.execPath, [...loader, path.join(repoRoot, entry), ...args], env, readyUrl, { pollMs, captureOutput });
}

/** Starts any program (a peer's own binary) as a process and waits until `readyUrl` answers 200 to `readyInit`. */
export async function startCommand(
  name: string,
  command: string,
  args: string[],
  env: Env,
  readyUrl: string,
  { pollMs = 100, captureOutput = false, readyInit }: { pollMs?: number; captureOutput?: boolean; readyInit?: RequestInit } = {},
): Promise<ServiceProcess> {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", captureOutput ? "pipe" : "ignore", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(readyUrl, readyInit).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { name, child, pid: child.pid!, output: () => output };
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`${name} was not ready within 120 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export async function stopProcess(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    service.child.once("exit", () => resolve());
    service.child.kill("SIGTERM");
  });
}

const readyOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "/ready");

/** The four subgraphs as processes of their own, on the prepared databases. */
export async function startSubgraphProcesses(hub: PreparedHub): Promise<ServiceProcess[]> {
  return Promise.all(subgraphNames.map((name) => startProcess(name, `subgraphs/${name}/src/index.ts`, hub.env, readyOf(hub.subgraphUrls[name]))));
}

export const startGatewayProcess = (hub: PreparedHub) => startProcess("gateway", "gateway/src/index.ts", hub.env, readyOf(hub.gatewayUrl));
