import { createHash } from "node:crypto";
import { badUserInput } from "@pasrr/graphql-kit/errors";

/** The header a client sends with a mutation it may retry (the convention of payment APIs). */
export const idempotencyHeader = "idempotency-key";

/** A UUID or any opaque token a client makes up: 8–200 characters, no spaces. */
const keyPattern = /^[A-Za-z0-9_\-:.]{8,200}$/;

export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!keyPattern.test(value)) throw badUserInput(idempotencyHeader, "must be 8–200 letters, digits or _-:. (a UUID is a good choice)");
  return value;
}

/** What "the same request" means: the same operation text, operation name and variables. */
export function requestFingerprint(
  query: string | undefined,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return createHash("sha256")
    .update(JSON.stringify([query ?? "", operationName ?? null, canonical(variables ?? {})]))
    .digest("hex");
}

/** Object keys sorted at every depth, so `{a, b}` and `{b, a}` are the same variables. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
