import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { awaitQuietMachine, type LoadGuard } from "./load-guard.ts";
import { cpuDuring } from "./process-meter.ts";

/** How load is offered (load-worker.ts): evenly spaced arrivals at a rate, or clients waiting for their answers. */
export type LoadMode = { mode: "open"; rate: number } | { mode: "closed"; connections: number };

export const describeMode = (mode: LoadMode) =>
  mode.mode === "open"
    ? `evenly spaced arrivals at ${mode.rate.toFixed(0)} requests/s (open loop, latency from each request's due time)`
    : mode.connections === 1
      ? "one request at a time (closed loop, 1 in flight)"
      : `as fast as it answers (closed loop, ${mode.connections} in flight)`;

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  mode: "open" | "closed";
  /** open: requests per second offered. */
  rate?: number;
  /** closed: requests in flight; open: sockets the generator may open. */
  connections: number;
  seconds: number;
  expectBody: string;
}

export interface LoadResult {
  /** Requests answered. */
  requests: number;
  /** Requests sent (open loop: the schedule's). */
  sent: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms (open loop: from each request's due time). */
  p50: number;
  p99: number;
  /** Open loop: how late the generator sent its requests, p99 in ms (its own delay, inside the latency). */
  sendLagP99: number;
  non2xx: number;
  errors: number;
  /** Answers that differ from the pre-flight answer (GraphQL errors included). */
  mismatches: number;
}

export interface MeasuredLoad extends LoadResult {
  /** CPU ms per request of each measured service, in the order of `pids`. */
  cpuMsPerRequest: number[];
  /** The 1-minute load average as the run started. */
  loadAverage: number;
  valid: boolean;
  /** Why the run is not the record: "rejected: load average X over bound Y", or the answers that were wrong. */
  invalidBecause?: string;
  /** `--quick`: started over the load bound, kept. */
  overBound: boolean;
}

/** Sends the operation once and returns the answer every loaded request must equal; throws on an error. */
export async function preflight(url: string, headers: Record<string, string>, body: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`pre-flight to ${url} failed (${response.status}): ${text.slice(0, 500)}`);
  return text;
}

type LoadTarget = Omit<LoadRequest, "mode" | "rate" | "connections">;

function requestFor(target: LoadTarget, mode: LoadMode): LoadRequest {
  // Open loop: enough sockets that the generator never queues what the server could take.
  return mode.mode === "open" ? { ...target, mode: "open", rate: mode.rate, connections: 64 } : { ...target, mode: "closed", connections: mode.connections };
}

/** One run without the guard (warm-ups, and the direct maximum that sets a rate). */
export async function measureLoad(target: LoadTarget, mode: LoadMode, pids: readonly number[]): Promise<MeasuredLoad> {
  const { result, cpuMs } = await cpuDuring(pids, () => runWorker(requestFor(target, mode)));
  const wrong = result.non2xx + result.errors + result.mismatches > 0 || result.requests === 0;
  return {
    ...result,
    cpuMsPerRequest: cpuMs.map((ms) => ms / Math.max(1, result.requests)),
    loadAverage: Number.NaN,
    valid: !wrong,
    overBound: false,
    ...(wrong ? { invalidBecause: `non-2xx ${result.non2xx}, errors ${result.errors}, mismatches ${result.mismatches}, answered ${result.requests}` } : {}),
  };
}

/**
 * A measured run behind the load-average guard: waits for a quiet machine, runs, and re-runs a run
 * that started over the bound (up to `guard.retries` times) before reporting it rejected.
 */
export async function measureGuarded(target: LoadTarget, mode: LoadMode, pids: readonly number[], guard: LoadGuard): Promise<MeasuredLoad> {
  for (let attempt = 0; ; attempt += 1) {
    const loadAverage = await awaitQuietMachine(guard);
    const measured = { ...(await measureLoad(target, mode, pids)), loadAverage };
    if (loadAverage <= guard.bound) return measured;
    if (guard.noteOnly) return { ...measured, overBound: true };
    if (attempt >= guard.retries)
      return { ...measured, valid: false, invalidBecause: `rejected: load average ${loadAverage.toFixed(2)} over bound ${guard.bound.toFixed(1)}` };
  }
}

function runWorker(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/bench/load-worker.ts")], {
      cwd: repoRoot,
      stdio: ["pipe", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
    child.stdin.end(JSON.stringify(request));
  });
}
