import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { demoPeople } from "@pasrr/devtools/demo-cast";
import { subgraphNames } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAcrossTheGraph } from "./federation.shared.ts";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 9, item 6, through the real gateway and the four real subgraphs in this process: one
 * trace from the gateway to every database statement, and each service's own `/metrics`.
 */
const spans = new InMemorySpanExporter();
const metricsToken = "scrape-token-for-the-observability-test";
let hub: TestHub;
let stateToken: string;

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true, spanExporter: spans, env: { METRICS_BEARER_TOKEN: metricsToken } });
  stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

const serviceOf = (span: ReadableSpan) => span.resource.attributes["service.name"];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("OpenTelemetry spans", () => {
  it("one trace covers the gateway request, each subgraph fetch, each subgraph request and its SQL statements", async () => {
    spans.reset();
    const clientRequestId = "trace-test-request-0001";
    const answer = await graphql(hub.gatewayUrl!, personAcrossTheGraph, {
      token: stateToken,
      variables: { id: demoPeople[0]!.id },
      headers: { "x-request-id": clientRequestId },
    });
    expect(answer.errors).toBeUndefined();
    // The partner's id is echoed as the client's; the gateway's own id is the request's, on every span.
    expect(answer.headers["x-client-request-id"]).toBe(clientRequestId);
    const requestId = answer.headers["x-request-id"]!;
    expect(requestId).not.toBe(clientRequestId);

    const finished = spans.getFinishedSpans();
    const gatewayRequests = finished.filter((span) => serviceOf(span) === "gateway" && span.kind === SpanKind.SERVER);
    expect(gatewayRequests).toHaveLength(1);
    const root = gatewayRequests[0]!;
    expect(parentOf(root)).toBeUndefined();
    expect(root.name).toBe("query PersonAcrossTheGraph");
    expect(root.attributes["pasrr.request_id"]).toBe(requestId);
    const traceId = root.spanContext().traceId;
    expect(new Set(finished.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));

    const fetches = finished.filter((span) => serviceOf(span) === "gateway" && span.kind === SpanKind.CLIENT);
    // The plan visits all four subgraphs (facilities twice: stays' and determinations' facility).
    expect(new Set(fetches.map((span) => span.attributes["pasrr.subgraph"]))).toEqual(new Set(subgraphNames));
    for (const fetch of fetches) expect(parentOf(fetch)).toBe(root.spanContext().spanId);

    const subgraphRequests = finished.filter((span) => serviceOf(span) !== "gateway" && span.kind === SpanKind.SERVER);
    expect(subgraphRequests).toHaveLength(fetches.length);
    for (const request of subgraphRequests) {
      const fetch = fetches.find((candidate) => candidate.spanContext().spanId === parentOf(request));
      expect(fetch, `${String(serviceOf(request))}'s request continues a gateway fetch`).toBeDefined();
      expect(fetch!.attributes["pasrr.subgraph"]).toBe(serviceOf(request));
      // The request id travels with the trace to every subgraph.
      expect(request.attributes["pasrr.request_id"]).toBe(requestId);
    }

    const statements = finished.filter((span) => span.attributes["db.system"] === "postgresql");
    expect(new Set(statements.map(serviceOf))).toEqual(new Set(subgraphNames));
    for (const statement of statements) {
      const request = subgraphRequests.find((candidate) => candidate.spanContext().spanId === parentOf(statement));
      expect(request, "each statement is a child of its subgraph's request span").toBeDefined();
      expect(serviceOf(request!)).toBe(serviceOf(statement));
      // The SQL text only: the bound values (a person's id, name …) are not on the span.
      expect(Object.keys(statement.attributes).sort()).toEqual(["db.statement", "db.system"]);
      expect(statement.attributes["db.statement"]).toMatch(/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|BEGIN|COMMIT)/i);
      expect(String(statement.attributes["db.statement"])).not.toContain(demoPeople[0]!.id);
    }
  });

  it("a subgraph called with a caller's traceparent continues that trace", async () => {
    spans.reset();
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const answer = await graphql(hub.subgraphs.individuals!.url, `query Direct { individual(id: "${demoPeople[1]!.id}") { id } }`, {
      token: stateToken,
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(answer.errors).toBeUndefined();
    const request = spans.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER);
    expect(request?.spanContext().traceId).toBe(traceId);
    expect(parentOf(request!)).toBe("00f067aa0ba902b7");
  });
});

/** `/metrics` as Prometheus reads it: one sample per line, `name{labels} value`. */
async function scrape(graphqlUrl: string, token: string | undefined = metricsToken) {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/metrics"), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  const samples = (response.ok ? text : "")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [label[1]!, label[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
  const value = (name: string, labels: Record<string, string>) =>
    samples
      .filter((sample) => sample.name === name && Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))
      .reduce((sum, sample) => sum + sample.value, 0);
  return { status: response.status, samples, value };
}

describe("Prometheus /metrics", () => {
  it("counts requests, latency and errors by operation and code, per service, with bounded labels", async () => {
    const gateway = hub.gatewayUrl!;
    const individuals = hub.subgraphs.individuals!.url;
    const before = await scrape(gateway);
    const beforeSubgraph = await scrape(individuals);

    for (let i = 0; i < 2; i += 1) {
      expect((await graphql(gateway, personAcrossTheGraph, { token: stateToken, variables: { id: demoPeople[0]!.id } })).errors).toBeUndefined();
    }
    expect((await graphql(gateway, `{ individual(id: "${demoPeople[1]!.id}") { id } }`, { token: stateToken })).errors).toBeUndefined();
    const failing = await graphql(gateway, `query Broken { individual(id: "${demoPeople[1]!.id}") { noSuchField } }`, { token: stateToken });
    expect(errorCodes(failing)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const refused = await graphql(gateway, `query NoToken { __typename }`);
    expect(errorCodes(refused)).toEqual(["UNAUTHENTICATED"]);
    // A partner chooses its operation names: one too long to be a label counts as "other".
    const longName = `Q${"x".repeat(70)}`;
    expect((await graphql(gateway, `query ${longName} { __typename }`, { token: stateToken })).errors).toBeUndefined();

    const after = await scrape(gateway);
    expect(after.status).toBe(200);
    const delta = (name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect(delta("graphql_requests_total", { service: "gateway", operation: "PersonAcrossTheGraph", operation_type: "query" })).toBe(2);
    expect(delta("graphql_requests_total", { service: "gateway", operation: "anonymous", operation_type: "query" })).toBe(1);
    expect(delta("graphql_request_duration_seconds_count", { service: "gateway", operation: "PersonAcrossTheGraph", operation_type: "query" })).toBe(2);
    expect(delta("graphql_errors_total", { service: "gateway", operation: "Broken", code: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(delta("graphql_errors_total", { service: "gateway", operation: "anonymous", code: "UNAUTHENTICATED" })).toBe(1);
    expect(delta("graphql_requests_total", { service: "gateway", operation: "other" })).toBe(1);
    expect(after.samples.some((sample) => Object.values(sample.labels).includes(longName))).toBe(false);
    // Each fetch the plans made is timed by subgraph.
    for (const subgraph of subgraphNames) expect(delta("gateway_subgraph_fetch_duration_seconds_count", { subgraph, outcome: "ok" })).toBeGreaterThanOrEqual(2);
    // Default process metrics, in the service's own registry.
    expect(after.samples.some((sample) => sample.name === "process_cpu_user_seconds_total" && sample.labels.service === "gateway")).toBe(true);

    // The subgraph counts the same operation under the partner's name, without the gateway's fetch suffix.
    const subgraph = await scrape(individuals);
    expect(subgraph.samples.every((sample) => sample.labels.service === undefined || sample.labels.service === "individuals")).toBe(true);
    expect(
      subgraph.value("graphql_requests_total", { operation: "PersonAcrossTheGraph" }) -
        beforeSubgraph.value("graphql_requests_total", { operation: "PersonAcrossTheGraph" }),
    ).toBe(2);

    // No organisation or person ever becomes a label.
    for (const { samples } of [after, subgraph]) {
      for (const sample of samples) {
        for (const label of Object.values(sample.labels)) {
          expect(label).not.toMatch(/^test-/);
          expect(demoPeople.some((person) => label.includes(person.id))).toBe(false);
        }
      }
    }
  });

  it("requires the configured bearer token", async () => {
    expect((await scrape(hub.gatewayUrl!, "")).status).toBe(401);
    expect((await scrape(hub.subgraphs.facilities!.url, "not-the-token")).status).toBe(401);
  });
});
