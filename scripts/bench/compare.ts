import { measureLoad, preflight, type MeasuredLoad } from "./load.ts";
import { peakRssMiB } from "./process-meter.ts";
import type { BenchOptions } from "./row.ts";

/** One configuration under comparison: where to send the load, and which processes it costs. */
export interface Target {
  label: string;
  url: string;
  /** The process that answers (its CPU and RSS are reported alone), then the ones behind it. */
  frontPid: number;
  backPids: number[];
}

export interface TargetRuns {
  target: Target;
  runs: MeasuredLoad[];
  invalid: number;
  peakRssMiB: number;
}

/**
 * Warms every target up, then loads them interleaved (A B C A B C …) so a disturbance on this
 * shared machine hits all of them alike; every run is checked (status, socket errors, body).
 */
export async function compareInterleaved(
  targets: Target[],
  operation: { query: string; variables?: Record<string, unknown> },
  token: string,
  options: BenchOptions,
  load: { connections: number; rate?: (target: Target) => number | undefined },
): Promise<TargetRuns[]> {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const body = JSON.stringify(operation);
  const expected = new Map<Target, string>();
  for (const target of targets) expected.set(target, await preflight(target.url, headers, body));
  const request = (target: Target, seconds: number) => {
    const rate = load.rate?.(target);
    return { url: target.url, headers, body, connections: load.connections, seconds, expectBody: expected.get(target)!, ...(rate ? { rate } : {}) };
  };
  for (const target of targets) {
    options.log(`warm-up: ${target.label}`);
    await measureLoad(request(target, Math.max(2, Math.round(options.seconds / 2))), [target.frontPid]);
  }
  const results: TargetRuns[] = targets.map((target) => ({ target, runs: [], invalid: 0, peakRssMiB: 0 }));
  for (let run = 0; run < options.runs; run += 1) {
    for (const result of results) {
      const measured = await measureLoad(request(result.target, options.seconds), [result.target.frontPid, ...result.target.backPids]);
      options.log(
        `run ${run + 1}/${options.runs} ${result.target.label}: ${measured.requestsPerSecond.toFixed(0)} rps, p50 ${measured.p50} ms${measured.valid ? "" : ` — INVALID (non-2xx ${measured.non2xx}, errors ${measured.errors}, mismatches ${measured.mismatches})`}`,
      );
      if (measured.valid) result.runs.push(measured);
      else result.invalid += 1;
    }
  }
  for (const result of results) result.peakRssMiB = peakRssMiB(result.target.frontPid);
  return results;
}

/** CPU ms per request of the front process, and of the processes behind it together. */
export const frontCpu = (run: MeasuredLoad) => run.cpuMsPerRequest[0]!;
export const backCpu = (run: MeasuredLoad) => run.cpuMsPerRequest.slice(1).reduce((sum, ms) => sum + ms, 0);
