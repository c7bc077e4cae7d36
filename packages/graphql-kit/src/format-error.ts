import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "@pasrr/observability/logger";
import { loggableError } from "@pasrr/observability/safe-error";
import { errorCodes } from "./error-codes.ts";

/** Raised on purpose, so passed through; INTERNAL_SERVER_ERROR is what anything else becomes, never passed through. */
const contractCodes = new Set(Object.keys(errorCodes).filter((code) => code !== "INTERNAL_SERVER_ERROR"));

/**
 * Errors the hub raised on purpose pass through with their code; anything else (a database
 * error, a bug) is logged by class, code and stack frames — never its message, which can quote
 * a row's values (safe-error.ts) — and answered as INTERNAL_SERVER_ERROR with no SQL, no stack
 * and no data in the message (architecture.md: errors never carry a stack trace or SQL).
 */
/**
 * `isDatabaseUnavailable` tells a database outage from a bug (db/database-unavailable.ts); a
 * subgraph passes it, the gateway (which has no database) does not.
 */
export function createErrorFormatter(logger: Logger, isDatabaseUnavailable: (error: unknown) => boolean = () => false) {
  // A loader's batch that fails hands the same error to every key: 100,000 representations would
  // log it 100,000 times (82 MB). It is logged once; each key still answers INTERNAL_SERVER_ERROR.
  const logged = new WeakSet<object>();
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && contractCodes.has(code)) {
      // `response` is the gateway's copy of a subgraph's raw HTTP answer: internal, never for partners.
      // @apollo/gateway names the subgraph of a field's error `serviceName`; the hub's own errors say
      // `service` (an outage, a refused fetch): one key for every error (issue 22, error-codes.ts).
      const { stacktrace: _stack, http: _http, response: _response, serviceName, ...extensions } = formatted.extensions ?? {};
      if (serviceName !== undefined && extensions.service === undefined) extensions.service = serviceName;
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if ((original as { code?: unknown }).code === "P2002") {
      // A unique constraint caught two writes racing to record the same thing; the first won.
      return {
        message: "A concurrent change recorded this first; read the current record and decide again",
        path: formatted.path,
        extensions: { code: "CONFLICT", rule: "CONCURRENT_CHANGE" },
      };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ path: formatted.path, code: (original as { code?: unknown }).code }, "database unavailable");
      return {
        message: "The service's database is unavailable; nothing was read or written. Try again shortly.",
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE", reason: "DATABASE_UNAVAILABLE" },
      };
    }
    if (typeof original !== "object" || original === null || !logged.has(original)) {
      if (typeof original === "object" && original !== null) logged.add(original);
      logger.error({ err: loggableError(original), path: formatted.path }, "unexpected error");
    }
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
