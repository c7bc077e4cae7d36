/**
 * Every `extensions.code` a partner can meet, with the HTTP statuses it comes with: the one
 * source the error formatter (format-error.ts), the README's "Errors" table and the partner
 * guides' statements (test/guides-consistency.test.ts) are held to.
 *
 * A field's error keeps HTTP 200: the rest of the answer is good, and a non-2xx status would make
 * the gateway discard a subgraph's partial data (errors.ts). A refusal of the whole request
 * before any field runs has the status that says why.
 */
export interface ErrorCodeEntry {
  /** The statuses this code is answered with, the usual one first. */
  statuses: readonly number[];
  /** When a partner meets it, in a few words (the README's table). */
  when: string;
}

export const errorCodes = {
  UNAUTHENTICATED: { statuses: [401], when: "no token, or one the hub does not accept (signature, expiry, issuer, audience)" },
  FORBIDDEN: {
    statuses: [200, 403],
    when: "the role may not use an operation or field, or its scope does not reach a facility's census (200); the organisation is revoked (403)",
  },
  BAD_USER_INPUT: {
    statuses: [200, 400],
    when: "a value breaks a rule: a field's argument (200, the field is null), or a variable's value is not of its type (400, nothing runs); `field` names it",
  },
  NOT_FOUND: { statuses: [200], when: "no record by that id the caller may see (out of scope reads exactly as missing)" },
  CONFLICT: { statuses: [200], when: "the write contradicts what is recorded; `rule` names the rule" },
  SERVICE_UNAVAILABLE: { statuses: [200], when: "a service (`service`) or its database could not answer; its fields are missing, nothing guessed" },
  OPERATION_LIMIT_EXCEEDED: { statuses: [400], when: "the operation is over a limit (`limit`, `maximum`, `actual`)" },
  RATE_LIMITED: { statuses: [429], when: "over the organisation's rate; `Retry-After` and `retryAfterSeconds` say when to try again" },
  GRAPHQL_PARSE_FAILED: { statuses: [400], when: "the query text is not GraphQL" },
  GRAPHQL_VALIDATION_FAILED: {
    statuses: [400],
    when: "the query does not fit the schema, or a value written in it is not of its type (`field` names where); introspection while the sandbox is off",
  },
  BAD_REQUEST: { statuses: [400, 413], when: "the HTTP request itself: not JSON, batched, a cross-site form (400), a body over the limit (413)" },
  PERSISTED_QUERY_NOT_FOUND: { statuses: [200], when: "a hash alone that this gateway has not seen (automatic persisted queries): send the text once" },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    statuses: [200],
    when: "a persisted query where automatic persisted queries are off (`GATEWAY_APQ=false`, or straight to a subgraph)",
  },
  PERSISTED_QUERY_HASH_MISMATCH: { statuses: [400], when: "the hash sent is not the sha256 of the text sent" },
  PERSISTED_QUERY_NOT_IN_SAFELIST: { statuses: [403], when: "a safelisted role sent an operation that is not registered for it" },
  OPERATION_RESOLUTION_FAILURE: { statuses: [400], when: "`operationName` names no operation of the document" },
  INTERNAL_SERVER_ERROR: { statuses: [200, 500], when: "a fault of the hub: no message, stack or SQL; quote the `x-request-id`" },
} as const satisfies Record<string, ErrorCodeEntry>;

export type HubErrorCode = keyof typeof errorCodes;

export const isHubErrorCode = (code: unknown): code is HubErrorCode => typeof code === "string" && Object.hasOwn(errorCodes, code);

/** Why a service could not answer (`extensions.reason` of SERVICE_UNAVAILABLE). */
export const unavailableReasons = ["TIMEOUT", "UNREACHABLE", "BAD_RESPONSE", "DATABASE_UNAVAILABLE"] as const;

/**
 * The extension keys an error may carry, beside `code`. A key means the same thing on every
 * error of every service; nothing else is added (the gateway's own `serviceName` is renamed
 * `service` by format-error.ts).
 */
export const errorExtensionKeys = {
  code: "always: one of the codes below",
  field:
    "BAD_USER_INPUT and GRAPHQL_VALIDATION_FAILED: the input path refused (`input.birthDate`, `$lines.0.from`, `individual.levelOfCareDeterminations.asOf`)",
  rule: "the rule that refused (`NO_OPEN_STAY`, `LOC_NOT_BEFORE_PASRR_MET`), on CONFLICT, FORBIDDEN and BAD_USER_INPUT when one rule is the reason",
  service: "the service that answered the error or could not answer (`individuals`, `screenings`, `levelofcare`, `facilities`)",
  reason: `SERVICE_UNAVAILABLE: ${unavailableReasons.map((reason) => `\`${reason}\``).join(", ")}`,
  "eventId, screenId, determinationId, referralId, reviewId, appealId, supersededBy":
    "CONFLICT: the recorded record the refusal is about (a census event the new one would put out of order, the determination that superseded one); never a record the refused request would have written",
  "currentVersion, status, reviewStatus": "CONFLICT: where the record stands now (its version, its status), to read it again before deciding",
  "limit, maximum, actual": "OPERATION_LIMIT_EXCEEDED: which limit, its maximum and what the operation asked",
  retryAfterSeconds: "RATE_LIMITED: seconds until the organisation may send again (also the `Retry-After` header)",
} as const;

/** The README's table of codes, rendered from `errorCodes` (test/guides-consistency.test.ts checks the README holds exactly this). */
export function errorCodesTable(): string {
  const rows = Object.entries(errorCodes).map(([code, entry]) => `| \`${code}\` | ${entry.statuses.join(", ")} | ${entry.when} |`);
  return ["| code | HTTP | when |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The README's list of extension keys, rendered from `errorExtensionKeys`. */
export function errorExtensionKeysList(): string {
  return Object.entries(errorExtensionKeys)
    .map(([key, meaning]) => `- \`${key}\`: ${meaning}`)
    .join("\n");
}
