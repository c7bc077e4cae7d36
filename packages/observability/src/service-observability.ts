import { SpanStatusCode, type Context } from "@opentelemetry/api";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ObservabilityConfig } from "./observability-config.ts";
import type { Logger } from "./logger.ts";
import { ServiceMetrics } from "./metrics.ts";
import { logRequest } from "./request-log.ts";
import { RequestObservation } from "./request-observation.ts";
import { createServiceTracing, type ServiceTracing } from "./tracing.ts";

/**
 * A service's logs, metrics and spans for its GraphQL requests, in one place so the gateway and
 * every subgraph observe a request the same way (the shared HTTP server calls `beginRequest`).
 */
export class ServiceObservability {
  readonly metrics: ServiceMetrics;
  readonly tracing: ServiceTracing | undefined;
  readonly metricsBearerToken: string | undefined;
  /** Whether `/metrics` is closed for want of a token (production without METRICS_BEARER_TOKEN). */
  readonly metricsClosed: boolean;

  constructor(
    readonly service: string,
    readonly logger: Logger,
    config: ObservabilityConfig,
  ) {
    this.metrics = new ServiceMetrics(service);
    this.tracing = createServiceTracing(service, config);
    this.metricsBearerToken = config.metricsBearerToken;
    this.metricsClosed = !config.metricsBearerToken && config.metricsClosedWithoutToken === true;
    if (this.metricsClosed) logger.warn("METRICS_BEARER_TOKEN is not set: /metrics answers 403 in production until it is");
  }

  /**
   * Starts observing one request; the log line, the metrics and the end of its span follow when
   * the answer is finished (or the connection closes), whatever path the answer took.
   */
  beginRequest(request: IncomingMessage, response: ServerResponse, requestId: string): { observation: RequestObservation; context: Context | undefined } {
    const observation = new RequestObservation(requestId);
    const server = this.tracing?.startServerSpan(request.headers);
    response.once("close", () => {
      const elapsedMs = observation.elapsedMs();
      const status = response.statusCode;
      logRequest(this.logger, observation, status, elapsedMs, server?.span.spanContext().traceId);
      this.metrics.observeRequest(observation, elapsedMs / 1000);
      if (!server) return;
      const { span } = server;
      if (observation.operationName || observation.operationType)
        span.updateName(`${observation.operationType ?? "graphql"} ${observation.operationName ?? "anonymous"}`);
      span.setAttributes({
        "pasrr.request_id": requestId,
        "http.response.status_code": status,
        ...(observation.operationName ? { "graphql.operation.name": observation.operationName } : {}),
        ...(observation.operationType ? { "graphql.operation.type": observation.operationType } : {}),
        ...(observation.errorCodes.length > 0 ? { "pasrr.error_codes": [...new Set(observation.errorCodes)] } : {}),
      });
      if (status >= 500 || observation.errorCodes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    return { observation, context: server?.context };
  }

  /** Exports the spans still buffered. */
  async stop() {
    await this.tracing?.shutdown();
  }
}
