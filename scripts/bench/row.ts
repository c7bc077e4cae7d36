import type { LoadGuard } from "./load-guard.ts";

/** What every benchmark row receives: how long to run, and where to say what it is doing. */
export interface BenchOptions {
  /** `--quick`: a short smoke run (fewer, shorter runs; numbers not for the record). */
  quick: boolean;
  /** Runs per compared configuration, interleaved A B A B … (at least 5 for the record). */
  runs: number;
  /** Seconds of load per run. */
  seconds: number;
  /** The load-average guard every measured run passes (load-guard.ts). */
  guard: LoadGuard;
  log(message: string): void;
}

/**
 * One goal of the issue as a row measured it. `met` is null when it could not be measured (the
 * peer did not run, the schema lacks the field …); `note` says why, or what the value rests on.
 */
export interface Goal {
  /** Stable key, so run.ts can list every goal of the issue, measured in this run or not. */
  id: string;
  goal: string;
  value: string;
  target: string;
  met: boolean | null;
  note?: string;
}

/** What a row measured: its section of Markdown and its goals. */
export interface RowResult {
  markdown: string;
  goals: Goal[];
}

/** One row of BENCHMARKS.md: a titled section, measured by `run` (older rows return Markdown alone). */
export interface BenchRow {
  title: string;
  run(options: BenchOptions): Promise<RowResult | string>;
}

/** A Markdown table from a header and rows. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** "met" / "NOT met" for a goal, so an unmet goal stays visible in the table. */
export const verdict = (met: boolean | null) => (met === null ? "**NOT measured**" : met ? "met" : "**NOT met**");

/** A row's own goals as a table. */
export const goalTable = (goals: readonly Goal[]) =>
  table(
    ["goal", "value", "target", "met?"],
    goals.map((g) => [g.goal, g.value, g.target, `${verdict(g.met)}${g.note ? ` (${g.note})` : ""}`]),
  );
