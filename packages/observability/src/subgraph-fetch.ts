import { SpanStatusCode } from "@opentelemetry/api";
import type { ServiceObservability } from "./service-observability.ts";

/**
 * Observes one gateway → subgraph fetch: its latency by subgraph, and with tracing on a client
 * span whose W3C `traceparent` goes in the fetch's headers, so the subgraph's server span
 * continues the gateway's trace. `shared` marks a caller that joined an identical fetch already in
 * flight: its span records the wait, but the subgraph saw the first caller's trace and request id.
 */
export async function observeSubgraphFetch<T extends { status: number }>(
  observability: ServiceObservability,
  subgraph: string,
  shared: boolean,
  run: (traceHeaders: Record<string, string> | undefined) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const client = observability.tracing?.startClientSpan(`fetch ${subgraph}`, { "pasrr.subgraph": subgraph, "pasrr.subgraph_fetch.shared": shared });
  try {
    const response = await run(client?.traceHeaders);
    observability.metrics.observeSubgraphFetch(subgraph, (performance.now() - started) / 1000, response.status < 400 ? "ok" : "error");
    if (client) {
      client.span.setAttribute("http.response.status_code", response.status);
      if (response.status >= 400) client.span.setStatus({ code: SpanStatusCode.ERROR });
    }
    return response;
  } catch (error) {
    observability.metrics.observeSubgraphFetch(subgraph, (performance.now() - started) / 1000, "error");
    client?.span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    client?.span.end();
  }
}
