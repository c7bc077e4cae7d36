import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { hubError } from "@pasrr/graphql-kit/errors";
import { idempotencyHeader } from "@pasrr/service-kit/idempotency-key";
import { observeSubgraphFetch } from "@pasrr/observability/subgraph-fetch";
import { serviceCredentialHeader, type ServiceCredentialIssuer } from "@pasrr/auth/service-credential";
import type { ServiceObservability } from "@pasrr/observability/service-observability";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context.ts";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type Received = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];

interface SharedAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/**
 * How the gateway calls a subgraph: it forwards the partner's own token (the subgraph verifies it
 * again and applies its own rules) and the request id, and gives up after the configured timeout
 * so one slow subgraph cannot hang the whole answer.
 *
 * A subgraph that is down or too slow costs only its own fields: the gateway answers with what
 * the others gave and one SERVICE_UNAVAILABLE error naming the service (architecture.md, "The
 * partner contract"), never a hang and never a guessed value. Nothing is cached about the
 * failure, so the first request after the subgraph returns succeeds.
 *
 * The gateway vouches for every fetch with its service credential beside the partner's token:
 * only then does a subgraph accept the `@external` values a query plan hands it (a mergedIds
 * list, a facility's residents), which a partner calling the subgraph straight could forge.
 *
 * Identical subgraph queries in flight at the same moment under the same token share one call
 * (as Hive Gateway does by default): the answer would be the same, and under load it spares the
 * subgraph and its database (issue 10, peer gateway row). Mutations are never shared; each
 * caller gets its own copy of the answer to parse; the subgraph sees the first caller's request
 * id and trace: a caller that joins a fetch in flight has its own client span (marked shared)
 * but no server span of its own in the subgraph, and its request id is not in the subgraph's
 * log. `GATEWAY_SHARE_INFLIGHT_QUERIES=false` turns sharing off.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    timeoutMs: number,
    observability: ServiceObservability,
    private readonly credential: ServiceCredentialIssuer,
    shareInflightQueries = true,
  ) {
    const inflight = new Map<string, Promise<SharedAnswer>>();
    const send = async (input: string, init: RequestInit, traceHeaders: Record<string, string> | undefined) => {
      let headers = init.headers;
      if (traceHeaders) {
        const withTrace = new Headers(init.headers);
        for (const [name, value] of Object.entries(traceHeaders)) withTrace.set(name, value);
        headers = withTrace;
      }
      try {
        return await fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw unavailable(service, timeoutMs, error);
      }
    };
    const fetcher: Fetcher = async (input, init) => {
      const request = init as RequestInit;
      // The gateway sends `{"query":"query …"}` for reads and `{"query":"mutation …"}` for writes.
      if (!shareInflightQueries || typeof request.body !== "string" || !request.body.startsWith('{"query":"query')) {
        return (await observeSubgraphFetch(observability, service, false, (traceHeaders) => send(String(input), request, traceHeaders))) as unknown as Awaited<
          ReturnType<Fetcher>
        >;
      }
      const key = `${new Headers(request.headers).get("authorization") ?? ""}\n${String(input)}\n${request.body}`;
      const leading = !inflight.has(key);
      const answer = await observeSubgraphFetch(observability, service, !leading, async (traceHeaders) => {
        let shared = inflight.get(key);
        if (!shared) {
          shared = send(String(input), request, traceHeaders)
            .then(async (response) => ({ status: response.status, statusText: response.statusText, headers: response.headers, text: await response.text() }))
            .finally(() => inflight.delete(key));
          inflight.set(key, shared);
        }
        return shared;
      });
      return new Response(answer.text, { status: answer.status, statusText: answer.statusText, headers: answer.headers }) as unknown as Awaited<
        ReturnType<Fetcher>
      >;
    };
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // The gateway's own health checks and schema loads have no partner context.
    if (!("authorization" in context) || !request.http) return;
    request.http.headers.set("authorization", context.authorization);
    request.http.headers.set(serviceCredentialHeader, await this.credential.header());
    request.http.headers.set("x-request-id", context.requestId);
    if (context.idempotencyKey) request.http.headers.set(idempotencyHeader, context.idempotencyKey);
  }

  /**
   * A subgraph refuses some requests with an HTTP error status and a GraphQL body — 400 for
   * variables its scalars reject, 401 for a token it will not accept. Its coded error is the
   * answer the partner needs; anything else from a non-2xx answer means the service is unwell.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    const body = (await response.json().catch(() => undefined)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
    const first = body?.errors?.[0];
    if (first?.message && typeof first.extensions?.code === "string" && first.extensions.code !== "INTERNAL_SERVER_ERROR") {
      return new GraphQLError(first.message, { extensions: { ...first.extensions, service: this.service } });
    }
    return hubError("SERVICE_UNAVAILABLE", `The ${this.service} service could not answer (HTTP ${response.status}); its fields are missing from this answer`, {
      service: this.service,
      reason: "BAD_RESPONSE",
    });
  }

  override didReceiveResponse({ response, context }: Received) {
    if (response.http?.headers.get("idempotent-replay") === "true" && "replay" in context) context.replay.idempotent = true;
    return response;
  }
}

function unavailable(service: string, timeoutMs: number, error: unknown) {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  return timedOut
    ? hubError("SERVICE_UNAVAILABLE", `The ${service} service did not answer within ${timeoutMs} ms; its fields are missing from this answer`, {
        service,
        reason: "TIMEOUT",
      })
    : hubError("SERVICE_UNAVAILABLE", `The ${service} service could not be reached; its fields are missing from this answer`, {
        service,
        reason: "UNREACHABLE",
      });
}
