import os from "node:os";

/**
 * The load-average guard (issue 20): this machine's cores are shared, and a run taken while
 * another suite loads them measures the other suite. Before each measured run the bench waits
 * (at most `maxWaitSeconds`) for the 1-minute load average to fall to the bound; a run that
 * starts above it is rejected and re-run, and after `retries` re-runs reported as rejected,
 * never printed as the record. The bench's own previous run is part of that average, so the
 * bound sits above what one of our runs leaves behind (2 × cores).
 */
export interface LoadGuard {
  /** The 1-minute load average a run may start at. */
  bound: number;
  maxWaitSeconds: number;
  /** Re-runs of a rejected run before it is reported as rejected. */
  retries: number;
  /** `--quick` or `--note-load`: note a run over the bound and keep it (such numbers are not the record). */
  noteOnly: boolean;
}

/** `noteOnly` (--quick, --note-load): no waiting and no rejection, only a mark on every run over the bound. */
export const loadGuardFor = (noteOnly: boolean): LoadGuard => ({ bound: 2 * os.cpus().length, maxWaitSeconds: noteOnly ? 0 : 45, retries: 2, noteOnly });

export const loadAverage = () => os.loadavg()[0]!;

/** Waits (bounded) for the 1-minute load average to reach the bound; returns it as the run starts. */
export async function awaitQuietMachine(guard: LoadGuard): Promise<number> {
  const deadline = Date.now() + guard.maxWaitSeconds * 1000;
  while (loadAverage() > guard.bound && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2000));
  return loadAverage();
}

export const describeGuard = (guard: LoadGuard) =>
  guard.noteOnly
    ? `load-average guard noting only (--quick or --note-load): a run starting over ${guard.bound.toFixed(1)} (2 × cores) is kept and marked, not the record`
    : `load-average guard: each measured run waits up to ${guard.maxWaitSeconds} s for the 1-minute load average to be ≤ ${guard.bound.toFixed(1)} (2 × cores); a run starting above it is rejected and re-run up to ${guard.retries} times, then reported as rejected`;

/** Three load averages as "1 / 5 / 15 min" text. */
export const loadAverages = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(" / ");
