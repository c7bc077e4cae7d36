import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { RequestObservation } from "./request-observation.ts";

const operationLabelShape = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const codeLabelShape = /^[A-Z][A-Z0-9_]{0,63}$/;
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * A label whose values a partner chooses (its operation names), kept to a bounded set: the first
 * `limit` distinct values that look like names count under their own name, everything after
 * and anything else under "other", so a partner cannot grow the metric series without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly shape: RegExp,
  ) {}

  value(raw: string | undefined, absent: string): string {
    if (!raw) return absent;
    if (this.seen.has(raw)) return raw;
    if (!this.shape.test(raw) || this.seen.size >= this.limit) return "other";
    this.seen.add(raw);
    return raw;
  }
}

/**
 * One service's Prometheus metrics, in a registry of its own (the in-process test hub runs five
 * services in one process; each `/metrics` shows its own). Labels are bounded: service,
 * operation, operation type, error code, subgraph. Never an organisation or a person.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(200, operationLabelShape);
  private readonly codes = new BoundedLabel(100, codeLabelShape);
  private readonly requests: Counter<"operation" | "operation_type">;
  private readonly latency: Histogram<"operation" | "operation_type">;
  private readonly errors: Counter<"operation" | "operation_type" | "code">;
  private readonly subgraphFetches: Histogram<"subgraph" | "outcome">;
  private readonly sharedStateFallbacks: Counter<"use">;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({ name: "graphql_requests_total", help: "GraphQL requests answered", labelNames: ["operation", "operation_type"], registers });
    this.latency = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to the end of its answer",
      labelNames: ["operation", "operation_type"],
      buckets: latencyBuckets,
      registers,
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "Errors in GraphQL answers, by code",
      labelNames: ["operation", "operation_type", "code"],
      registers,
    });
    this.subgraphFetches = new Histogram({
      name: "gateway_subgraph_fetch_duration_seconds",
      help: "Time the gateway waited for each subgraph fetch",
      labelNames: ["subgraph", "outcome"],
      buckets: latencyBuckets,
      registers,
    });
    this.sharedStateFallbacks = new Counter({
      name: "shared_state_fallbacks_total",
      help: "Times Redis could not answer and this process fell back on its own state (rate_limit: its own count; apq: a cache miss)",
      labelNames: ["use"],
      registers,
    });
  }

  observeRequest(observation: RequestObservation, seconds: number) {
    const labels = {
      operation: this.operations.value(observation.partnerOperationName, "anonymous"),
      operation_type: observation.operationType ?? "unknown",
    };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
    for (const code of observation.errorCodes) this.errors.inc({ ...labels, code: this.codes.value(code, "none") });
  }

  observeSubgraphFetch(subgraph: string, seconds: number, outcome: "ok" | "error") {
    this.subgraphFetches.observe({ subgraph, outcome }, seconds);
  }

  observeSharedStateFallback(use: "rate_limit" | "apq") {
    this.sharedStateFallbacks.inc({ use });
  }

  /** `redis_ready` (1 or 0), read at each scrape; only a service configured with REDIS_URL has it. */
  watchRedis(isReady: () => boolean) {
    new Gauge({
      name: "redis_ready",
      help: "Whether this process's Redis connection is ready (0: limits and APQ texts are this process's own until it is back)",
      registers: [this.registry],
      collect() {
        this.set(isReady() ? 1 : 0);
      },
    });
  }

  /**
   * A counter for work the service does outside requests (the facilities census feed's dead
   * letters), on the same `/metrics`. Its labels must take a fixed, small set of values.
   */
  counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Counter<Label> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }
}
