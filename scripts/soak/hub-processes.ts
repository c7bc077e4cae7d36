import type { Env } from "@pasrr/config/env";
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";

/**
 * How a service process runs: `compiled` is what production images run (`npm run build`, then
 * plain `node <service>/dist/index.js`); `tsx` compiles the TypeScript sources as they load.
 */
export type Runtime = "compiled" | "tsx";
export type ServiceName = "individuals" | "screenings" | "levelofcare" | "facilities" | "gateway";

export interface HubProcess {
  /** `gateway`, `screenings`, …; `label` tells replicas apart (`screenings#2`). */
  name: ServiceName;
  label: string;
  child: ChildProcess;
  origin: string;
  port: number;
  /** Everything the process was started with, so a killed replica restarts as it was. */
  env: Env;
}

const folder = (name: ServiceName) => (name === "gateway" ? "gateway" : path.join("subgraphs", name));
const entryArgs = (name: ServiceName, runtime: Runtime) =>
  runtime === "compiled" ? [path.join(folder(name), "dist/index.js")] : ["--import", "tsx", path.join(folder(name), "src/index.ts")];

/** Starts one service process listening on `port` (its port variable is set in `env`); resolves once it answers /ready. */
export async function startHubProcess(name: ServiceName, label: string, port: number, env: Env, runtime: Runtime): Promise<HubProcess> {
  const child = spawn(process.execPath, entryArgs(name, runtime), {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const service: HubProcess = { name, label, child, origin: `http://127.0.0.1:${port}`, port, env };
  await waitUntilReady(service);
  return service;
}

async function waitUntilReady(service: HubProcess, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.label} exited with ${service.child.exitCode} during start-up`);
    const ready = await fetch(`${service.origin}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.label} was not ready within ${timeoutMs / 1000} s`);
}

/** Resident memory of a process, from /proc (Linux), in MiB. */
export async function residentMemoryMiB(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kib / 1024;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Ends a process with `signal` and waits until it is gone (SIGKILL: no shutdown, as a crash or an OOM kill). */
export function stopHubProcess(service: HubProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise<void>((resolve) => {
    if (exited(service.child)) return resolve();
    service.child.once("exit", () => resolve());
    service.child.kill(signal);
  });
}

export const stopHubProcesses = (processes: HubProcess[]) => Promise.all(processes.map((service) => stopHubProcess(service)));

/** `npm run build` (without its `generate`, which `npm run soak` has run): the compiled services, as production runs them. */
export async function buildServices(): Promise<string> {
  const started = performance.now();
  const build = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  return `built the services in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** Requests each process answered since it started, from its /metrics (`graphql_requests_total`). */
export async function requestsServed(processes: HubProcess[]): Promise<string> {
  const counts = await Promise.all(
    processes.map(async (service) => {
      const text = await fetch(`${service.origin}/metrics`).then(
        (response) => response.text(),
        () => "",
      );
      const total = [...text.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
      return `${service.label} ${total}`;
    }),
  );
  return counts.join(", ");
}
