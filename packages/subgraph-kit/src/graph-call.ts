import { hubError } from "@pasrr/graphql-kit/errors";
import { injectTraceHeaders } from "@pasrr/observability/tracing";
import type { RequestContext } from "./context.ts";

/**
 * A query through the graph on the caller's behalf, for a write whose rule depends on another
 * owner's data (architecture.md, "Cross-subgraph rules"). It carries the caller's own token,
 * so the other owner applies its own authority rules: a service never learns more than the
 * partner asking could. Failure to get an answer stops the write (nothing is recorded on a guess).
 */
export async function queryGraph<T>(ctx: RequestContext, query: string, variables: Record<string, unknown>, timeoutMs = 5_000): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ctx.services.graphUrl, {
      method: "POST",
      // The request id and, with tracing on, the trace: the gateway's answer to this call is part of the caller's request.
      headers: injectTraceHeaders({ "content-type": "application/json", authorization: ctx.authorization, "x-request-id": ctx.requestId }),
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw hubError("SERVICE_UNAVAILABLE", "The graph could not be reached to check another service's records; nothing was recorded");
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") throw hubError(code, `Checking another service's records was refused: ${error.message}`);
    throw hubError("SERVICE_UNAVAILABLE", "Another service could not confirm the records this write depends on; nothing was recorded");
  }
  if (!body.data) throw hubError("SERVICE_UNAVAILABLE", "Another service gave no answer; nothing was recorded");
  return body.data;
}
