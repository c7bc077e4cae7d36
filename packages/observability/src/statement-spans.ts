import { context, SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";

/**
 * A span per SQL statement, under the request's span. Its `db.statement` is the SQL text only:
 * the statement's parameters are the people's values and never leave the service. A statement
 * outside any request (migrations, the demo seed) gets no span; with tracing off this is one check.
 */
export function traceStatement<T>(tracer: Tracer | undefined, sql: string, run: () => Promise<T>): Promise<T> {
  if (!tracer) return run();
  const parent = context.active();
  if (!trace.getSpan(parent)) return run();
  const span = tracer.startSpan(statementSpanName(sql), { kind: SpanKind.CLIENT, attributes: { "db.system": "postgresql", "db.statement": sql } }, parent);
  return run().then(
    (result) => {
      span.end();
      return result;
    },
    (error: unknown) => {
      // The status only: a driver's message can quote the values it refused.
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    },
  );
}

function statementSpanName(sql: string): string {
  const verb = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase();
  return verb ? `db ${verb}` : "db statement";
}
