import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { z } from "zod";
import { readVar, type Env, type RuntimeMode } from "@pasrr/config/env";
import type { LogOptions } from "./logger.ts";

export interface ObservabilityConfig extends LogOptions {
  /**
   * Where spans go (OTLP/HTTP, e.g. `http://collector:4318/v1/traces`); unset means tracing is
   * off: no provider, and the OpenTelemetry API's no-op costs nothing per request or statement.
   */
  otlpTracesUrl: string | undefined;
  /**
   * A token `/metrics` requires (`Authorization: Bearer …`). Unset, `/metrics` is open to whoever
   * reaches the port outside production, and closed (403) in production: see `metricsClosedWithoutToken`.
   */
  metricsBearerToken: string | undefined;
  /**
   * Production's setting: with no token configured `/metrics` answers 403 rather than serve
   * request counts and error codes per organisation to anyone on the network. (Not a start-up
   * failure: a forgotten scrape token costs the dashboards, not the partners.)
   */
  metricsClosedWithoutToken?: boolean;
  /** Set by tests only (an SDK in-memory exporter), never from the environment: spans go here, one by one as they end. */
  // (`logDestination`, from LogOptions, is likewise for tests only.)
  spanExporter?: SpanExporter;
}

/**
 * The standard OpenTelemetry variables: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is the full traces
 * URL; `OTEL_EXPORTER_OTLP_ENDPOINT` is the collector's base, to which `/v1/traces` is added.
 */
export function loadObservabilityConfig(env: Env, mode: RuntimeMode): ObservabilityConfig {
  const httpUrl = z.url({ protocol: /^https?$/ });
  const tracesUrl = readVar(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", httpUrl.optional());
  const baseUrl = readVar(env, "OTEL_EXPORTER_OTLP_ENDPOINT", httpUrl.optional());
  return {
    logLevel: readVar(env, "LOG_LEVEL", z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
    otlpTracesUrl: tracesUrl ?? (baseUrl ? `${baseUrl.replace(/\/+$/, "")}/v1/traces` : undefined),
    metricsBearerToken: readVar(env, "METRICS_BEARER_TOKEN", z.string().min(16, "must be at least 16 characters").optional()),
    metricsClosedWithoutToken: mode === "production",
  };
}
