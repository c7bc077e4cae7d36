/**
 * How a failed delivery is judged:
 * - `refused`: the graph answered that this fact is wrong or not the facility's to report
 *   (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND). The same fact sent again gets the same answer.
 * - `outage`: the graph could not take any fact just then (not reached, no answer, a service
 *   unavailable or rate limited, the relay's own token refused). It says nothing about the row.
 * - `failed`: any other error (an internal error, a conflict): perhaps the row, perhaps a passing fault.
 */
export type FailureKind = "refused" | "outage" | "failed";

const refusalCodes: readonly string[] = ["BAD_USER_INPUT", "FORBIDDEN", "NOT_FOUND"];
const outageCodes: readonly string[] = ["SERVICE_UNAVAILABLE", "RATE_LIMITED", "UNAUTHENTICATED"];

/** The kind of failure an error code from the graph means (architecture.md, "The partner contract": errors carry `extensions.code`). */
export function failureKindOf(code: string | undefined): FailureKind {
  if (code && refusalCodes.includes(code)) return "refused";
  if (code && outageCodes.includes(code)) return "outage";
  return "failed";
}

export interface RetryPolicy {
  retryBaseMs: number;
  retryMaxMs: number;
  /** Tries after which a row that keeps failing is dead-lettered. */
  maxAttempts: number;
}

export type NextStep = { deadLetter: "refused" | "exhausted" } | { retryInMs: number };

/** Exponential backoff after the n-th failed attempt (1, 2, 4 … times the base), capped. */
export const retryDelayMs = (attempts: number, baseMs: number, maxMs: number): number => Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));

/**
 * What follows the `attempts`-th try failing. A refusal is dead-lettered at once: retrying cannot
 * change the answer, and the person's later facts should not wait for it. A row that keeps failing
 * is dead-lettered after `maxAttempts` tries. An outage never dead-letters: the person's next fact
 * would meet the same outage, and giving up on this one would only let it arrive after them.
 */
export function nextStepAfterFailure(kind: FailureKind, attempts: number, policy: RetryPolicy): NextStep {
  if (kind === "refused") return { deadLetter: "refused" };
  if (kind === "failed" && attempts >= policy.maxAttempts) return { deadLetter: "exhausted" };
  return { retryInMs: retryDelayMs(attempts, policy.retryBaseMs, policy.retryMaxMs) };
}
