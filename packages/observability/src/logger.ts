import { pino, type DestinationStream, type Logger } from "pino";

export type { DestinationStream, Logger };

export interface LogOptions {
  /** `LOG_LEVEL`, read with the service's configuration; the process environment's otherwise. */
  logLevel?: string;
  /** Where lines go instead of stdout (a test reading every line a service writes). */
  logDestination?: DestinationStream;
}

/**
 * Structured JSON logs, one line per event, named for the service. Log lines carry ids,
 * operation names and codes — never names, birth dates or identifiers of people.
 */
export function createLogger(service: string, options: LogOptions = {}): Logger {
  const settings = {
    name: service,
    level: options.logLevel ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.logDestination ? pino(settings, options.logDestination) : pino(settings);
}
