import { GraphQLError } from "graphql";
import type { HubErrorCode } from "./error-codes.ts";

/**
 * The codes a resolver raises on purpose (architecture.md, "The partner contract"): part of the
 * error-code table (error-codes.ts), which has every code a partner can meet and its statuses.
 */
export type ErrorCode = Extract<HubErrorCode, "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "SERVICE_UNAVAILABLE">;

export function hubError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/**
 * Refused before any field runs (no valid token), so the whole response is refused: HTTP 401.
 * Other errors belong to one field of an otherwise good answer and keep HTTP 200, or the
 * gateway would discard a subgraph's partial data.
 */
export const unauthenticated = (why: string) => new GraphQLError(why, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
/**
 * The token is genuine but its organisation has been revoked or disabled (configuration). FORBIDDEN
 * rather than UNAUTHENTICATED: a client answered 401 fetches a fresh token and tries again, which
 * cannot help here. HTTP 403, and the whole request is refused before any field runs.
 */
export const organisationRevoked = () =>
  new GraphQLError("This organisation's access to the hub has been revoked", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
export const forbidden = (why: string) => hubError("FORBIDDEN", why);
export const notFound = (what: string) => hubError("NOT_FOUND", `${what} was not found`);
/**
 * A record the caller may not act on, answered exactly as one that does not exist (same code,
 * same message): a partner outside a record's scope must not learn that it exists, nor any fact
 * of it (red-team finding 7: a PAA was told the county of a record outside its counties). `what`
 * names the record only by what the caller sent (its kind and the id given), never by its contents.
 */
export const outOfReach = (what: string) => notFound(what);
export const conflict = (why: string, extra: Record<string, unknown> = {}) => hubError("CONFLICT", why, extra);

/** A rejected input value; `field` is the input path a client can show next to the form field. */
export const badUserInput = (field: string, why: string) => hubError("BAD_USER_INPUT", `${field}: ${why}`, { field });
