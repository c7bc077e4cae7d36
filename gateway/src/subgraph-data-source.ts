import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { hubError, idempotencyHeader } from "@pasrr/platform";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context.ts";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type Received = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];

/**
 * How the gateway calls a subgraph: it forwards the partner's own token (the subgraph verifies it
 * again and applies its own rules) and the request id, and gives up after the configured timeout
 * so one slow subgraph cannot hang the whole answer.
 *
 * A subgraph that is down or too slow costs only its own fields: the gateway answers with what
 * the others gave and one SERVICE_UNAVAILABLE error naming the service (architecture.md, "The
 * partner contract"), never a hang and never a guessed value. Nothing is cached about the
 * failure, so the first request after the subgraph returns succeeds.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    timeoutMs: number,
  ) {
    const fetcher: Fetcher = async (input, init) => {
      try {
        return (await fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) })) as unknown as Awaited<ReturnType<Fetcher>>;
      } catch (error) {
        throw unavailable(service, timeoutMs, error);
      }
    };
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // The gateway's own health checks and schema loads have no partner context.
    if (!("authorization" in context) || !request.http) return;
    request.http.headers.set("authorization", context.authorization);
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
    ? hubError("SERVICE_UNAVAILABLE", `The ${service} service did not answer within ${timeoutMs} ms; its fields are missing from this answer`, { service, reason: "TIMEOUT" })
    : hubError("SERVICE_UNAVAILABLE", `The ${service} service could not be reached; its fields are missing from this answer`, { service, reason: "UNREACHABLE" });
}
