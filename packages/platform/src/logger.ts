import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs, one line per event, named for the service. Log lines carry ids,
 * operation names and codes — never names, birth dates or identifiers of people.
 */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
