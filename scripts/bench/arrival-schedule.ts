/**
 * The open-loop arrival schedule (issue 20): request k is due at t0 + k ÷ rate, whether or not
 * earlier requests have been answered, so a slow answer cannot hold back the next arrival
 * (Gil Tene's "coordinated omission"), and its latency is counted from when it was due, not
 * from when the generator got round to sending it.
 */

/** How many requests a run of `seconds` at `rate` per second sends. */
export const arrivals = (rate: number, seconds: number): number => Math.max(1, Math.floor(rate * seconds));

/** When request k (from 0) is due, in ms after t0. */
export const dueAt = (k: number, rate: number): number => (k * 1000) / rate;

/** How many requests are due by `elapsedMs` after t0 (those with dueAt ≤ elapsed), never more than `total`. */
export const dueBy = (elapsedMs: number, rate: number, total: number): number =>
  elapsedMs < 0 ? 0 : Math.min(total, Math.floor((elapsedMs * rate) / 1000 + 1e-9) + 1);
