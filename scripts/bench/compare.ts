import { describeMode, measureGuarded, measureLoad, preflight, type LoadMode, type MeasuredLoad } from "./load.ts";
import { peakRssMiB } from "./process-meter.ts";
import type { BenchOptions } from "./row.ts";
import { fixed, median, summary } from "./stats.ts";

/** One configuration under comparison: where to send the load, and which processes it costs. */
export interface Target {
  label: string;
  url: string;
  /** The process that answers (its CPU and RSS are reported alone), then the ones behind it. */
  frontPid: number;
  backPids: number[];
  /** Headers beside the partner's token, fresh for each run (a peer forwards the service credential it is given). */
  extraHeaders?: () => Promise<Record<string, string>>;
}

export interface TargetRuns {
  target: Target;
  mode: LoadMode;
  runs: MeasuredLoad[];
  /** Why each invalid or rejected run is not in `runs`. */
  invalid: string[];
  /** Valid runs that started over the load bound (kept in a quick run only). */
  overBound: number;
  peakRssMiB: number;
}

/**
 * A Node process answers its first ~2,000 requests at up to three times the CPU of later ones (JIT,
 * graphql-js and the plan caches warming): each configuration's warm-up lasts long enough to pass them.
 */
export const warmUpSeconds = (options: Pick<BenchOptions, "quick" | "seconds">): number => (options.quick ? 2 : Math.max(15, options.seconds));

/**
 * Warms every target up, then loads them interleaved (A B C A B C …) so a disturbance on this
 * shared machine hits all of them alike; every run passes the load guard and is checked
 * (status, socket errors, body). `mode` may depend on the target (a rate set from another run).
 */
export async function compareInterleaved(
  targets: Target[],
  operation: { query: string; variables?: Record<string, unknown> },
  token: string,
  options: BenchOptions,
  mode: LoadMode,
): Promise<TargetRuns[]> {
  const body = JSON.stringify(operation);
  const headersOf = async (target: Target) => ({
    "content-type": "application/json",
    authorization: `Bearer ${token}`,
    ...(await target.extraHeaders?.()),
  });
  const expected = new Map<Target, string>();
  for (const target of targets) expected.set(target, await preflight(target.url, await headersOf(target), body));
  const request = async (target: Target, seconds: number) => ({
    url: target.url,
    headers: await headersOf(target),
    body,
    seconds,
    expectBody: expected.get(target)!,
  });
  for (const target of targets) {
    options.log(`warm-up: ${target.label}, ${describeMode(mode)}, ${warmUpSeconds(options)} s`);
    await measureLoad(await request(target, warmUpSeconds(options)), mode, [target.frontPid]);
  }
  const results: TargetRuns[] = targets.map((target) => ({ target, mode, runs: [], invalid: [], overBound: 0, peakRssMiB: 0 }));
  for (let run = 0; run < options.runs; run += 1) {
    for (const result of results) {
      const pids = [result.target.frontPid, ...result.target.backPids];
      const measured = await measureGuarded(await request(result.target, options.seconds), mode, pids, options.guard);
      options.log(
        `run ${run + 1}/${options.runs} ${result.target.label}: ${measured.requestsPerSecond.toFixed(0)} rps, p50 ${measured.p50.toFixed(2)} ms, load ${measured.loadAverage.toFixed(2)}${measured.valid ? "" : ` — INVALID (${measured.invalidBecause})`}`,
      );
      if (measured.valid) {
        result.runs.push(measured);
        if (measured.overBound) result.overBound += 1;
      } else result.invalid.push(measured.invalidBecause ?? "invalid");
    }
  }
  for (const result of results) result.peakRssMiB = peakRssMiB(result.target.frontPid);
  return results;
}

/** CPU ms per request of the front process, and of the processes behind it together. */
export const frontCpu = (run: MeasuredLoad) => run.cpuMsPerRequest[0]!;
export const backCpu = (run: MeasuredLoad) => run.cpuMsPerRequest.slice(1).reduce((sum, ms) => sum + ms, 0);

export const medianOf = (result: TargetRuns | undefined, pick: (run: MeasuredLoad) => number) =>
  result?.runs.length ? median(result.runs.map(pick)) : Number.NaN;

/** "5 valid, 1 rejected: load average 5.2 over bound 4.0" — every run accounted for. */
export function runsCell(result: TargetRuns): string {
  const parts = [`${result.runs.length} valid`];
  if (result.overBound) parts.push(`${result.overBound} started over the load bound (kept: --quick/--note-load)`);
  if (result.invalid.length) parts.push(`${result.invalid.length} invalid: ${[...new Set(result.invalid)].join("; ")}`);
  if (result.runs.length)
    parts.push(
      `load avg at start ${fixed(Math.min(...result.runs.map((r) => r.loadAverage)), 1)}–${fixed(Math.max(...result.runs.map((r) => r.loadAverage)), 1)}`,
    );
  return parts.join(", ");
}

/** The usual cells of one compared configuration. */
export const loadCells = (result: TargetRuns, latencyDigits = 2) => [
  summary(
    result.runs.map((run) => run.requestsPerSecond),
    0,
  ),
  summary(
    result.runs.map((run) => run.p50),
    latencyDigits,
  ),
  summary(
    result.runs.map((run) => run.p99),
    latencyDigits,
  ),
  summary(result.runs.map(frontCpu), 2),
  result.target.backPids.length ? summary(result.runs.map(backCpu), 2) : "—",
];

/** Where two answers first differ, with some context from each, for a note a person can act on. */
export function firstDifference(a: string, b: string, labels: [string, string]): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const around = (text: string) => `…${text.slice(Math.max(0, i - 100), i + 100)}…`;
  return `at character ${i}: ${labels[0]} ${around(a)} vs ${labels[1]} ${around(b)}`;
}
