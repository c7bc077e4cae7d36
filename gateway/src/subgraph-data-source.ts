import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { parseCacheControlHeader } from "@apollo/gateway/dist/datasources/parseCacheControlHeader.js";
import { hubError } from "@pasrr/graphql-kit/errors";
import { idempotencyHeader } from "@pasrr/service-kit/idempotency-key";
import { observeSubgraphFetch } from "@pasrr/observability/subgraph-fetch";
import { serviceCredentialHeader, type ServiceCredentialIssuer } from "@pasrr/auth/service-credential";
import type { ServiceObservability } from "@pasrr/observability/service-observability";
import { GraphQLError } from "graphql";
import type { IncomingHttpHeaders } from "node:http";
import { Pool } from "undici";
import type { GatewayContext } from "./context.ts";

type FetcherResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]>>;
/** What RemoteGraphQLDataSource's `respond` hands the overall cache policy. */
interface CacheHint {
  maxAge: number;
  scope?: "PUBLIC" | "PRIVATE";
}
type Received = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];

/** A subgraph's answer as it came off the wire: shared as is by the callers of one fetch, each parsing its own copy. */
interface SubgraphAnswer {
  status: number;
  headers: IncomingHttpHeaders;
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
 *
 * The calls go through one undici connection pool per subgraph, kept alive between requests,
 * whose timeouts are the pool's own (connecting, the answer's headers, each part of its body):
 * the `fetch` it replaces built a Request, Headers, an AbortSignal timer and a Response for
 * every call, and Apollo's data source a node-fetch Request and Headers besides, which were a
 * quarter of the gateway's CPU per request (issue 20). So `process` is the data source's own:
 * it does what RemoteGraphQLDataSource's does (headers, body, didReceiveResponse, the subgraph's
 * cache hint) with plain objects.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inflight = new Map<string, Promise<SubgraphAnswer>>();

  constructor(
    private readonly service: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly observability: ServiceObservability,
    private readonly credential: ServiceCredentialIssuer,
    private readonly shareInflightQueries = true,
  ) {
    super({ url });
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin, { connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  }

  /** Closes the pool's kept-alive connections (the gateway's stop). */
  async close(): Promise<void> {
    await this.pool.close();
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const headers: Record<string, string> = {};
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    headers["content-type"] = "application/json";
    // The gateway's own health checks and schema loads have no partner context.
    if ("authorization" in context) {
      headers.authorization = context.authorization;
      headers[serviceCredentialHeader] = await this.credential.header();
      headers["x-request-id"] = context.requestId;
      if (context.idempotencyKey) headers[idempotencyHeader] = context.idempotencyKey;
    }
    const { query, http: _http, ...rest } = request;
    if (!query) throw new Error("Missing query");
    // The gateway sends `{"query":"query …"}` for reads and `{"query":"mutation …"}` for writes.
    const body = JSON.stringify({ query, ...rest });
    const answer = await this.fetch(headers, body);
    const response = subgraphResponse(this.url!, answer);
    if (answer.status < 200 || answer.status > 299) throw await this.errorFromResponse(response);
    const parsed: unknown = answerBody(answer);
    if (parsed === null || typeof parsed !== "object") throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const incoming = "incomingRequestContext" in options ? options : undefined;
    const received = await this.didReceiveResponse({
      response: { ...parsed, http: response },
      request,
      context: context as GatewayContext,
      pathInIncomingRequest: incoming?.pathInIncomingRequest,
    });
    if (incoming && this.honorSubgraphCacheControlHeader)
      restrictCachePolicy(incoming.incomingRequestContext.overallCachePolicy, response.headers.get("cache-control"));
    return received;
  }

  private fetch(headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    if (!this.shareInflightQueries || !body.startsWith('{"query":"query')) {
      return observeSubgraphFetch(this.observability, this.service, false, (traceHeaders) => this.send(headers, body, traceHeaders));
    }
    const key = `${headers.authorization ?? ""}\n${body}`;
    const leading = !this.inflight.has(key);
    return observeSubgraphFetch(this.observability, this.service, !leading, (traceHeaders) => {
      let shared = this.inflight.get(key);
      if (!shared) {
        shared = this.send(headers, body, traceHeaders).finally(() => this.inflight.delete(key));
        this.inflight.set(key, shared);
      }
      return shared;
    });
  }

  private async send(headers: Record<string, string>, body: string, traceHeaders: Record<string, string> | undefined): Promise<SubgraphAnswer> {
    try {
      const answer = await this.pool.request({ path: this.path, method: "POST", headers: traceHeaders ? { ...headers, ...traceHeaders } : headers, body });
      return { status: answer.statusCode, headers: answer.headers, text: await answer.body.text() };
    } catch (error) {
      throw unavailable(this.service, this.timeoutMs, error);
    }
  }

  /**
   * A subgraph refuses some requests with an HTTP error status and a GraphQL body — 400 for
   * variables its scalars reject, 401 for a token it will not accept. Its coded error is the
   * answer the partner needs; anything else from a non-2xx answer means the service is unwell.
   */
  override async errorFromResponse(response: FetcherResponse) {
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

/** The body as RemoteGraphQLDataSource reads it: JSON when the subgraph says so, else the text. */
function answerBody(answer: SubgraphAnswer): unknown {
  const type = answer.headers["content-type"];
  const json = typeof type === "string" && (type.startsWith("application/json") || type.startsWith("application/graphql-response+json"));
  return json ? JSON.parse(answer.text) : answer.text;
}

/** The little of a fetch Response the data source's hooks read (status, headers, the body), over one answer. */
function subgraphResponse(url: string, answer: SubgraphAnswer): FetcherResponse {
  const header = (name: string): string | null => {
    const value = answer.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  return {
    url,
    status: answer.status,
    statusText: "",
    ok: answer.status >= 200 && answer.status <= 299,
    redirected: false,
    headers: { get: header, has: (name: string) => header(name) !== null },
    text: async () => answer.text,
    json: async () => JSON.parse(answer.text) as unknown,
  } as unknown as FetcherResponse;
}

/** The subgraph's Cache-Control narrows the answer's cache policy, as RemoteGraphQLDataSource's `respond` does. */
function restrictCachePolicy(policy: object | undefined, cacheControl: string | null): void {
  if (!policy || !("restrict" in policy) || typeof policy.restrict !== "function") return;
  const parsed = parseCacheControlHeader(cacheControl);
  const hint: CacheHint = { maxAge: 0 };
  const maxAge = parsed["max-age"];
  if (typeof maxAge === "string" && /^[0-9]+$/.test(maxAge)) hint.maxAge = Number(maxAge);
  if (parsed.private === true) hint.scope = "PRIVATE";
  if (parsed.public === true) hint.scope = "PUBLIC";
  (policy.restrict as (hint: CacheHint) => void)(hint);
}

/** A connect, headers or body timeout of the pool is the configured timeout; anything else, an unreachable service. */
function unavailable(service: string, timeoutMs: number, error: unknown) {
  const code = (error as { code?: unknown } | undefined)?.code;
  const timedOut = code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT";
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
