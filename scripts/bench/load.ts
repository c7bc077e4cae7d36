import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { cpuDuring } from "./process-meter.ts";

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  seconds: number;
  /** Requests per second across all connections; absent: as fast as the server answers. */
  rate?: number;
  expectBody: string;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms. */
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Answers that differ from the pre-flight answer (GraphQL errors included). */
  mismatches: number;
}

export interface MeasuredLoad extends LoadResult {
  /** CPU ms per request of each measured service, in the order of `pids`. */
  cpuMsPerRequest: number[];
  valid: boolean;
}

/** Sends the operation once and returns the answer every loaded request must equal; throws on an error. */
export async function preflight(url: string, headers: Record<string, string>, body: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`pre-flight to ${url} failed (${response.status}): ${text.slice(0, 500)}`);
  return text;
}

/** Runs autocannon in its own process against `request.url`, measuring the CPU the services `pids` spend. */
export async function measureLoad(request: LoadRequest, pids: readonly number[]): Promise<MeasuredLoad> {
  const { result, cpuMs } = await cpuDuring(pids, () => runWorker(request));
  return {
    ...result,
    cpuMsPerRequest: cpuMs.map((ms) => ms / Math.max(1, result.requests)),
    valid: result.non2xx === 0 && result.errors === 0 && result.mismatches === 0 && result.requests > 0,
  };
}

function runWorker(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/bench/load-worker.ts"), JSON.stringify(request)], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
  });
}
