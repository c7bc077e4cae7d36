import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "./context.ts";

type Fetcher = RemoteGraphQLDataSource["fetcher"];

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
 * Identical subgraph queries in flight at the same moment under the same token share one call
 * (as Hive Gateway does by default): the answer would be the same, and under load it spares the
 * subgraph and its database (issue 10, peer gateway row). Mutations are never shared; each
 * caller gets its own copy of the answer to parse; the subgraph sees the first caller's request
 * id. `GATEWAY_SHARE_INFLIGHT_QUERIES=false` turns sharing off.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number, shareInflightQueries = true) {
    const inflight = new Map<string, Promise<SharedAnswer>>();
    const send = (input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const fetcher: Fetcher = async (input, init) => {
      const request = init as RequestInit;
      // The gateway sends `{"query":"query …"}` for reads and `{"query":"mutation …"}` for writes.
      if (!shareInflightQueries || typeof request.body !== "string" || !request.body.startsWith('{"query":"query')) {
        return (await send(String(input), request)) as unknown as Awaited<ReturnType<Fetcher>>;
      }
      const key = `${new Headers(request.headers).get("authorization") ?? ""}\n${String(input)}\n${request.body}`;
      let shared = inflight.get(key);
      if (!shared) {
        shared = send(String(input), request)
          .then(async (response) => ({ status: response.status, statusText: response.statusText, headers: response.headers, text: await response.text() }))
          .finally(() => inflight.delete(key));
        inflight.set(key, shared);
      }
      const answer = await shared;
      return new Response(answer.text, { status: answer.status, statusText: answer.statusText, headers: answer.headers }) as unknown as Awaited<ReturnType<Fetcher>>;
    };
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // The gateway's own health checks and schema loads have no partner context.
    if (!("authorization" in context) || !request.http) return;
    request.http.headers.set("authorization", context.authorization);
    request.http.headers.set("x-request-id", context.requestId);
  }
}
