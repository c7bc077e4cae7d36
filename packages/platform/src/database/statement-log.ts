import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Counts the SQL statements a service sends, at the driver adapter, below Prisma: the proof
 * that resolving N entities costs one statement, not N. `record` keeps the statements' text
 * too, for tests and benchmarks that read which statements ran.
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

  note(sql: string) {
    const audit = sql.includes('"AuditEvent"');
    if (audit) this.auditCount += 1;
    else this.count += 1;
    if (this.record) (audit ? this.auditStatements : this.statements).push(sql);
  }

  reset() {
    this.count = 0;
    this.auditCount = 0;
    this.statements.length = 0;
    this.auditStatements.length = 0;
  }
}

function countQueries<T extends { queryRaw(q: SqlQuery): unknown; executeRaw(q: SqlQuery): unknown }>(target: T, log: StatementLog): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if ((property === "queryRaw" || property === "executeRaw") && typeof value === "function") {
        return (query: SqlQuery) => {
          log.note(query.sql);
          return (value as (q: SqlQuery) => unknown).call(object, query);
        };
      }
      if (property === "startTransaction" && typeof value === "function") {
        return async (...args: unknown[]) => countQueries((await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args)), log);
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** Wraps an adapter factory so every connection it makes reports its statements to `log`. */
export function withStatementLog(factory: SqlMigrationAwareDriverAdapterFactory, log: StatementLog): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => countQueries<SqlDriverAdapter>(await factory.connect(), log),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
