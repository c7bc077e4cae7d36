import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** One statement a hot loader sends below Prisma's row mapping, with its arguments and their types. */
export interface SqlRead {
  sql: string;
  args: unknown[];
  argTypes: ArgType[];
}

/**
 * Rows as arrays in select-list order. `wire` tells how the cells are encoded: as the driver
 * adapter hands them over (dates and JSON as text), or already decoded by Prisma's raw-query path.
 */
export interface SqlRows {
  rows: (readonly unknown[])[];
  wire: boolean;
}

/** The part of a Prisma client (or of a transaction's client) a hot read uses. */
export interface SqlReadClient {
  $queryRawUnsafe(query: string, ...values: unknown[]): PromiseLike<unknown>;
}

/** A uuid array, bound as one parameter (`= ANY($1::uuid[])`), whatever the number of keys. */
export const uuidList: ArgType = { scalarType: "string", dbType: "UUID", arity: "list" };
/** A text array, bound as one parameter. */
export const textList: ArgType = { scalarType: "string", dbType: "TEXT", arity: "list" };

const connectionOf = Symbol("pasrr.sqlReads.connection");
type WithConnection = { [connectionOf]?: () => Promise<SqlDriverAdapter> };

/**
 * Gives a client the connection its hot reads go through: one connection from the same adapter
 * factory the client was built with, so they share its pool (or its PGlite) and, when the factory
 * is the statement log's, are counted and traced like every statement Prisma sends.
 */
export function withSqlReads<Client extends object>(client: Client, factory: SqlDriverAdapterFactory): Client {
  let connection: Promise<SqlDriverAdapter> | undefined;
  // Configurable: a proxy over the client (the request's RequestDatabase) may hand it out bound.
  Object.defineProperty(client, connectionOf, { value: () => (connection ??= factory.connect()), enumerable: false, configurable: true });
  return client;
}

/**
 * A transaction's client lacks `$connect` (Prisma's TransactionClient omits it): a read in a
 * request routed into a transaction (an idempotent mutation) must run inside it, to see the
 * mutation's own writes and, on PGlite, not to wait on the transaction's lock.
 */
const inTransaction = (db: object) => typeof (db as { $connect?: unknown }).$connect !== "function";

/**
 * Runs a hot read: through the driver adapter's `queryRaw` (no Prisma query plan, no row mapping)
 * when the client has a connection for it, otherwise (a transaction, a client made without one)
 * through Prisma's raw query on that client, which keeps the read in the transaction.
 */
export async function runSqlRead(db: SqlReadClient, read: SqlRead): Promise<SqlRows> {
  const connection = inTransaction(db) ? undefined : (db as WithConnection)[connectionOf];
  if (connection) {
    const result = await (await connection()).queryRaw(read);
    return { rows: result.rows, wire: true };
  }
  const objects = (await db.$queryRawUnsafe(read.sql, ...read.args)) as Record<string, unknown>[];
  return { rows: objects.map((row) => Object.values(row)), wire: false };
}
