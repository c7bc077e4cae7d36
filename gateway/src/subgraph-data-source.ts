import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "./context.ts";

type Fetcher = RemoteGraphQLDataSource["fetcher"];

/**
 * How the gateway calls a subgraph: it forwards the partner's own token (the subgraph verifies it
 * again and applies its own rules) and the request id, and gives up after the configured timeout
 * so one slow subgraph cannot hang the whole answer.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number) {
    const fetcher: Fetcher = (input, init) =>
      fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as unknown as ReturnType<Fetcher>;
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // The gateway's own health checks and schema loads have no partner context.
    if (!("authorization" in context) || !request.http) return;
    request.http.headers.set("authorization", context.authorization);
    request.http.headers.set("x-request-id", context.requestId);
  }
}
