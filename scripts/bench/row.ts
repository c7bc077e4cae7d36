/** What every benchmark row receives: how long to run, and where to say what it is doing. */
export interface BenchOptions {
  /** `--quick`: a short smoke run (fewer, shorter runs; numbers not for the record). */
  quick: boolean;
  /** Runs per compared configuration, interleaved A B A B … (at least 5 for the record). */
  runs: number;
  /** Seconds of load per run. */
  seconds: number;
  log(message: string): void;
}

/** One row of BENCHMARKS.md: a titled section of Markdown, measured by `run`. */
export interface BenchRow {
  title: string;
  run(options: BenchOptions): Promise<string>;
}

/** A Markdown table from a header and rows. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** "met" / "NOT met" for a goal, so an unmet goal stays visible in the table. */
export const verdict = (met: boolean) => (met ? "met" : "**NOT met**");
