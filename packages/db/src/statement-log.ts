import type { Tracer } from "@opentelemetry/api";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { traceStatement } from "@pasrr/observability/statement-spans";

const recordIdShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Counts the SQL statements a service sends, at the driver adapter, below Prisma: the proof
 * that resolving N entities costs one statement, not N. `record` keeps the statements' text
 * and arguments too, for tests and benchmarks that read which statements ran and with which keys.
 */
export class StatementLog {
  /** Statements doing the request's own work. */
  count = 0;
  /**
   * Statements writing the audit trail (one per audited request, issue 7 §4), counted apart so
   * `count` keeps proving what a request's work costs, and this proves what auditing adds.
   */
  auditCount = 0;
  record = false;
  readonly statements: string[] = [];
  readonly auditStatements: string[] = [];
  readonly statementArgs: (readonly unknown[])[] = [];

  note(sql: string, args: readonly unknown[] = []) {
    const audit = sql.includes('"AuditEvent"');
    if (audit) this.auditCount += 1;
    else this.count += 1;
    if (!this.record) return;
    if (audit) return void this.auditStatements.push(sql);
    this.statements.push(sql);
    this.statementArgs.push(args);
  }

  /** Per recorded statement, the record ids it was bound to (a batch's `IN` list): the proof that a loader sends each key once. */
  boundKeys(): string[][] {
    return this.statementArgs.map((args) => args.flat().filter((value): value is string => typeof value === "string" && recordIdShape.test(value)));
  }

  reset() {
    this.count = 0;
    this.auditCount = 0;
    this.statements.length = 0;
    this.auditStatements.length = 0;
    this.statementArgs.length = 0;
  }
}

function countQueries<T extends { queryRaw(q: SqlQuery): unknown; executeRaw(q: SqlQuery): unknown }>(
  target: T,
  log: StatementLog,
  tracer: Tracer | undefined,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if ((property === "queryRaw" || property === "executeRaw") && typeof value === "function") {
        return (query: SqlQuery) => {
          log.note(query.sql, query.args);
          return traceStatement(tracer, query.sql, () => (value as (q: SqlQuery) => Promise<unknown>).call(object, query));
        };
      }
      if (property === "startTransaction" && typeof value === "function") {
        return async (...args: unknown[]) => countQueries(await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args), log, tracer);
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** Wraps an adapter factory so every connection it makes reports its statements to `log` (and, with tracing on, a span each). */
export function withStatementLog(factory: SqlMigrationAwareDriverAdapterFactory, log: StatementLog, tracer?: Tracer): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => countQueries<SqlDriverAdapter>(await factory.connect(), log, tracer),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
