import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { context as activeContext } from "@opentelemetry/api";
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Admission } from "./edge/caller.ts";
import { serveMetrics } from "@pasrr/observability/metrics-endpoint";
import { requestObservationKey, type RequestObservation } from "@pasrr/observability/request-observation";
import type { ServiceObservability } from "@pasrr/observability/service-observability";

export interface ServiceHttpOptions<TContext extends BaseContext, TCaller> {
  apollo: ApolloServer<TContext>;
  /**
   * Decides from the headers alone, before the body is read, who is calling and how much body
   * they may send (edge/edge-policy.ts); a GraphQLError thrown here (401, 403, 429) is the answer,
   * and the body is discarded unread.
   */
  admit: (request: IncomingMessage) => Promise<Admission<TCaller>>;
  /** Builds the request's context for the admitted caller; a GraphQLError thrown here is the answer. */
  context: (request: IncomingMessage, requestId: string, caller: TCaller) => Promise<TContext>;
  /** Resolves when the service can do its work (its database answers); `/ready` reports it. */
  ready: () => Promise<void>;
  /** What `/health` tells beside `status: "ok"` (whether the shared Redis answers); never a reason to fail it. */
  health?: () => Record<string, string>;
  /** The service's request log line, metrics (`/metrics`) and spans. */
  observability: ServiceObservability;
  /** Extra routes tried before `/graphql` (the gateway's dev sandbox); answers true when it handled the request. */
  routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The HTTP face every service shares: `/graphql` into Apollo Server, `/health` (the process is
 * alive), `/ready` (its dependencies answer) and `/metrics` (Prometheus). Plain node:http, because
 * Apollo's integration contract is small and no web framework is needed for four routes.
 */
export function createServiceHttpServer<TContext extends BaseContext, TCaller>(options: ServiceHttpOptions<TContext, TCaller>): http.Server {
  return http.createServer((request, response) => {
    const requestId = randomUUID();
    response.setHeader("x-request-id", requestId);
    handle(options, request, response, requestId).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else response.destroy();
    });
  });
}

async function handle<TContext extends BaseContext, TCaller>(
  options: ServiceHttpOptions<TContext, TCaller>,
  request: IncomingMessage,
  response: ServerResponse,
  assignedId: string,
) {
  const url = new URL(request.url ?? "/", "http://service.local");
  if (await serviceRoute(options, request, response, url)) return;
  if (url.pathname !== "/graphql" && url.pathname !== "/") return sendJson(response, 404, { error: "not found: use /graphql" });

  const admitted = await options.admit(request).then(
    (admission) => ({ admission, refusal: undefined }),
    (refusal: unknown) => ({ admission: undefined, refusal }),
  );
  const { requestId, clientRequestId } = requestIds(request, response, assignedId, admitted.admission);
  const { observation, context: traced } = options.observability.beginRequest(request, response, requestId);
  observation.clientRequestId = clientRequestId;
  const exchange: GraphQLExchange<TContext, TCaller> = { options, request, response, url, requestId, observation };
  const answer = () => {
    // A request with a body is refused before its body is read. A GET carries none, and Apollo
    // still answers it (its own checks, CSRF and a missing query, first): the refusal is the context's error.
    if (admitted.admission) return graphql(exchange, admitted.admission);
    if (request.method === "GET" || request.method === "HEAD") return graphql(exchange, undefined, admitted.refusal);
    return refuseUnread(request, response, observation, admitted.refusal);
  };
  // With tracing on, everything the request does (subgraph fetches, SQL) runs under its server span.
  if (traced) return activeContext.with(traced, answer);
  return answer();
}

/** `/health`, `/ready`, `/metrics` and the service's extra routes; true when one of them answered. */
async function serviceRoute<TContext extends BaseContext, TCaller>(
  options: ServiceHttpOptions<TContext, TCaller>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) {
  if (url.pathname === "/health") {
    sendJson(response, 200, { status: "ok", ...options.health?.() });
    return true;
  }
  if (url.pathname === "/ready") {
    try {
      await options.ready();
      sendJson(response, 200, { status: "ready" });
    } catch {
      sendJson(response, 503, { status: "unavailable", reason: "database unreachable" });
    }
    return true;
  }
  if (url.pathname === "/metrics") {
    serveMetrics(request, response, options.observability.metrics, options.observability.metricsBearerToken, options.observability.metricsClosed);
    return true;
  }
  return Boolean(options.routes && (await options.routes(request, response, url)));
}

/**
 * A request id from the client is kept only when a hub service vouches for it (the gateway's
 * fetch, an owner call): then the services' log lines join. A partner's own id could collide
 * with or impersonate another request in the audit trail, so it gets a fresh one and its own id
 * is only echoed back (and logged) as the client's.
 */
function requestIds(request: IncomingMessage, response: ServerResponse, assignedId: string, admission: Admission<unknown> | undefined) {
  const incomingId = request.headers["x-request-id"];
  const wellFormedId = typeof incomingId === "string" && requestIdPattern.test(incomingId) ? incomingId : undefined;
  if (wellFormedId && admission?.keepsRequestId) {
    response.setHeader("x-request-id", wellFormedId);
    return { requestId: wellFormedId, clientRequestId: undefined };
  }
  if (wellFormedId) response.setHeader("x-client-request-id", wellFormedId);
  return { requestId: assignedId, clientRequestId: wellFormedId };
}

/** One GraphQL request on its way through: what every step of answering it needs. */
interface GraphQLExchange<TContext extends BaseContext, TCaller> {
  options: ServiceHttpOptions<TContext, TCaller>;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  requestId: string;
  observation: RequestObservation;
}

async function graphql<TContext extends BaseContext, TCaller>(
  exchange: GraphQLExchange<TContext, TCaller>,
  admission: Admission<TCaller> | undefined,
  refusal?: unknown,
) {
  const { options, request, response, url, requestId, observation } = exchange;
  const body = await parseBody(request, admission?.maxBodyBytes ?? 0);
  if (body.kind === "refused") {
    observation.noteError(body.code);
    return sendGraphQLError(response, body.status, body.code, body.message);
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body: body.parsed },
    context: async () => {
      try {
        if (!admission) throw refusal;
        const value = await options.context(request, requestId, admission.caller);
        observation.noteCaller(value);
        (value as Record<symbol, unknown>)[requestObservationKey] = observation;
        return value;
      } catch (error) {
        // Refused before Apollo's plugins run (no valid token, rate limited): the code is noted here.
        observation.noteError((error as { extensions?: { code?: unknown } }).extensions?.code);
        throw error;
      }
    },
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

type ParsedBody = { kind: "parsed"; parsed: unknown } | { kind: "refused"; status: number; code: string; message: string };

/** The request body within the caller's limit, parsed when it is JSON; or why it is refused. */
async function parseBody(request: IncomingMessage, maxBodyBytes: number): Promise<ParsedBody> {
  const body = await readBody(request, maxBodyBytes);
  if (body.kind === "too-large") {
    // Answered at once; the rest of the upload is read and discarded (readBody), because closing a
    // socket with unread input resets it and the client would lose this answer with it.
    return { kind: "refused", status: 413, code: "BAD_REQUEST", message: `The request body is over ${maxBodyBytes} bytes` };
  }
  let parsed: unknown = body.text;
  if (body.text.length > 0 && (request.headers["content-type"] ?? "").includes("json")) {
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return { kind: "refused", status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" };
    }
  }
  // PostgreSQL text cannot hold U+0000; refuse it here, for every field, rather than fail in SQL.
  if (containsNul(parsed)) return { kind: "refused", status: 400, code: "BAD_USER_INPUT", message: "Text may not contain the NUL character (U+0000)" };
  return { kind: "parsed", parsed };
}

/**
 * Answers a refusal from the edge (401, 403, 429) at once. The body is never parsed: it is read
 * and thrown away, as for a body over the limit (readBody), and past the cut-off the connection
 * is closed.
 */
function refuseUnread(request: IncomingMessage, response: ServerResponse, observation: RequestObservation, refusal: unknown) {
  if (!(refusal instanceof GraphQLError)) throw refusal;
  const { http: httpExtension, ...extensions } = refusal.extensions as { http?: { status?: number; headers?: Map<string, string> }; code?: unknown };
  observation.noteError(extensions.code);
  discardRest(request, 0, unreadBodyCutOff);
  for (const [name, value] of httpExtension?.headers ?? []) response.setHeader(name, value);
  sendJson(response, httpExtension?.status ?? 400, { errors: [{ message: refusal.message, extensions }] });
}

/** What a refused caller may still upload before the connection is closed on them. */
const unreadBodyCutOff = 1024 * 1024;

type Body = { kind: "ok"; text: string } | { kind: "too-large" };

function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      chunks.length = 0;
      request.off("data", onData);
      // Discard the rest without keeping it; an upload past four times the limit is cut off outright.
      discardRest(request, size, 4 * limit);
      resolve({ kind: "too-large" });
    };
    request.on("data", onData);
    request.on("end", () => resolve({ kind: "ok", text: Buffer.concat(chunks).toString("utf8") }));
    request.on("error", reject);
  });
}

/**
 * Reads what is left of a body and keeps none of it: closing a socket with unread input resets it,
 * and the client would lose the answer already sent. Past `cutOff` bytes the connection is closed.
 */
function discardRest(request: IncomingMessage, alreadyRead: number, cutOff: number) {
  let discarded = alreadyRead;
  request.on("data", (more: Buffer) => {
    discarded += more.length;
    if (discarded > cutOff) request.destroy();
  });
  request.resume();
}

function sendJson(response: ServerResponse, status: number, payload: unknown) {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(payload));
}

function sendGraphQLError(response: ServerResponse, status: number, code: string, message: string) {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 64 || !value || typeof value !== "object") return false;
  return Object.entries(value).some(([key, inner]) => key.includes("\u0000") || containsNul(inner, depth + 1));
}
