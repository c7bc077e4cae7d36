import { badUserInput, conflict } from "./errors.ts";

/**
 * Optimistic concurrency for records that change in place (issue 8, "No lost updates"). Each
 * such record carries `version`, raised by one with every change. A client that read version n
 * sends `expectedVersion: n` with its change; the change is applied by a conditional update
 * (`WHERE id = … AND version = n`), so a change based on what the client saw never silently
 * overwrites a change it did not see. Without `expectedVersion` the record's own state guards
 * still hold (a referral is determined once, an appeal decided once).
 */
export const versionDescription =
  "Raised by one with every change to this record: send it back as `expectedVersion` so your change is refused (CONFLICT) if someone changed the record after you read it.";
export const expectedVersionDescription =
  "The `version` you read; the change is refused as CONFLICT (with `currentVersion`) if the record has changed since. Omit to skip the check.";

/** Checks the argument's shape; returns it for the WHERE clause (undefined: no check). */
export function expectedVersionOf(value: number | null | undefined, field = "input.expectedVersion"): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw badUserInput(field, "must be a version this record has had (1 or more)");
  return value;
}

/** The WHERE fragment that makes an update apply only to the version the client read. */
export const atVersion = (expected: number | undefined) => (expected === undefined ? {} : { version: expected });
/** The data fragment every change to a versioned record carries. */
export const nextVersion = { version: { increment: 1 } } as const;

/** Refuses a change based on a version the record no longer has, telling the client the current one. */
export function staleVersion(record: string, expected: number, current: number) {
  return conflict(`${record} has changed since version ${expected} (it is now version ${current}): read it again and decide again`, {
    rule: "STALE_VERSION",
    expectedVersion: expected,
    currentVersion: current,
  });
}

/** Throws STALE_VERSION when the client's version is not the record's; a no-op without one. */
export function assertVersion(record: string, expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) throw staleVersion(record, expected, current);
}
