import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { IncomingHttpHeaders } from "node:http";
import type { ObservabilityConfig } from "./observability-config.ts";

const propagator = new W3CTraceContextPropagator();
let contextManagerInstalled = false;

/**
 * One service's spans. Each service has a provider of its own (never the global one) whose
 * resource names it: the in-process test hub runs five services in one process, and each span
 * must still say which service made it. Only the context manager is process-wide, because the
 * active span follows async work whatever service started it.
 */
export class ServiceTracing {
  readonly tracer: Tracer;

  constructor(private readonly provider: BasicTracerProvider) {
    this.tracer = provider.getTracer("pasrr-hub");
  }

  /** The request's server span, continuing the caller's trace when it sent a W3C `traceparent`. */
  startServerSpan(headers: IncomingHttpHeaders): { span: Span; context: Context } {
    // From the root, never from whatever context is active: in one process the caller's own span is.
    const parent = propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
    const span = this.tracer.startSpan("graphql request", { kind: SpanKind.SERVER }, parent);
    return { span, context: trace.setSpan(parent, span) };
  }

  /** A client span under the active one (a subgraph fetch), with the headers that carry it to the callee. */
  startClientSpan(name: string, attributes: Attributes): { span: Span; traceHeaders: Record<string, string> } {
    const span = this.tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes }, context.active());
    const traceHeaders: Record<string, string> = {};
    propagator.inject(trace.setSpan(context.active(), span), traceHeaders, defaultTextMapSetter);
    return { span, traceHeaders };
  }

  /** Exports what is still buffered; called as the service stops. */
  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** Tracing for one service, or undefined when no exporter is configured (the default: off). */
export function createServiceTracing(service: string, config: ObservabilityConfig): ServiceTracing | undefined {
  let processor: SpanProcessor;
  if (config.spanExporter) processor = new SimpleSpanProcessor(config.spanExporter);
  else if (config.otlpTracesUrl) processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: config.otlpTracesUrl }));
  else return undefined;
  installContextManager();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ "service.name": service }), spanProcessors: [processor] });
  return new ServiceTracing(provider);
}

function installContextManager() {
  if (contextManagerInstalled) return;
  contextManagerInstalled = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}

/**
 * Adds the active span's `traceparent` to an outgoing call's headers (a service calling the graph
 * on its caller's behalf). With tracing off there is no active span and nothing is added.
 */
export function injectTraceHeaders(headers: Record<string, string>): Record<string, string> {
  propagator.inject(context.active(), headers, defaultTextMapSetter);
  return headers;
}
