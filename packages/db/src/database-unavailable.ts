/**
 * Whether an error means the database could not be reached or dropped the connection, as
 * opposed to a bug or a refused statement. Such errors are the database's outage, not the
 * request's fault: they are answered SERVICE_UNAVAILABLE so a client knows to retry later.
 *
 * Prisma's connection codes (P1001 can't reach, P1002 timed out, P1008 operation timed out,
 * P1017 server closed the connection, P2024 no pooled connection in time), the driver
 * adapters' error kinds, and PostgreSQL's own "shutting down / starting up" SQLSTATEs
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08 connection
 * exceptions).
 */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, originalCode, cause, message } = error as { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; message?: unknown };
  if (typeof code === "string" && (prismaCodes.has(code) || socketCodes.has(code) || /^(57P0[123]|08...)$/.test(code))) return true;
  if (typeof kind === "string" && adapterKinds.has(kind)) return true;
  if (typeof originalCode === "string" && /^(57P0[123]|08...)$/.test(originalCode)) return true;
  if (
    typeof message === "string" &&
    /Connection terminated|Can't reach database server|connection is closed|Client has encountered a connection error/i.test(message)
  )
    return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
