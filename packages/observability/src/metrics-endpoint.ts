import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServiceMetrics } from "./metrics.ts";

/**
 * Answers a Prometheus scrape; when a bearer token is configured, only a scrape carrying it.
 * `closed` (production without a token) refuses every scrape: request counts and error codes per
 * organisation are not for whoever can reach the port.
 */
export async function serveMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  metrics: ServiceMetrics,
  bearerToken: string | undefined,
  closed = false,
) {
  if (closed) {
    response.statusCode = 403;
    response.end("metrics are closed: set METRICS_BEARER_TOKEN to serve them in production\n");
    return;
  }
  if (bearerToken && !sameToken(request.headers.authorization ?? "", `Bearer ${bearerToken}`)) {
    response.statusCode = 401;
    response.setHeader("www-authenticate", 'Bearer realm="metrics"');
    response.end("metrics need the configured bearer token\n");
    return;
  }
  const text = await metrics.registry.metrics();
  response.statusCode = 200;
  response.setHeader("content-type", metrics.registry.contentType);
  response.end(text);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
