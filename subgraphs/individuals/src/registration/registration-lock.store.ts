import { hubError } from "@pasrr/graphql-kit/errors";
import type { IndividualsDb } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * How long a registration waits for another holding one of its keys (PostgreSQL's lock_timeout,
 * which ends a wait on an advisory lock with SQLSTATE 55P03), and how long its transaction may
 * take in all. A registration holds its locks for a few statements, so a wait this long means
 * something is stuck; the request is answered SERVICE_UNAVAILABLE rather than left hanging.
 * maxWait covers getting a pooled connection (PGlite: the one connection) to begin with.
 */
const lockTimeoutMs = 10_000;
const transactionLimits = { maxWait: 10_000, timeout: 30_000 };
const lockNamespace = "individuals.registration:";

/**
 * Locks the keys (which ones, and why those: register-individual.action.ts) until the
 * transaction ends: each key hashed to a bigint advisory lock, taken in the order of the hashes so
 * two registrations sharing several keys cannot each hold one the other waits for. One statement:
 * PostgreSQL evaluates a volatile function in the select list after the ORDER BY's sort, so the
 * locks are taken in that order. PGlite has the same functions (it is PostgreSQL); with its one
 * connection, transactions already run one at a time there, so its locks never wait.
 */
export async function takeRegistrationLocks(tx: Prisma.TransactionClient, keys: string[]) {
  const names = [...new Set(keys)].map((key) => lockNamespace + key);
  await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, true)`;
  await tx.$queryRaw`SELECT count(*)::int AS locked FROM (
    SELECT pg_advisory_xact_lock(hash) FROM (SELECT DISTINCT hashtextextended(name, 0) AS hash FROM unnest(${names}::text[]) AS name) AS hashes ORDER BY hash
  ) AS taken`;
}

/**
 * A lock wait or the transaction running out of time: the registration wrote nothing and may be
 * sent again. P2028: the interactive transaction expired or could not start in time; P2010: a raw
 * statement failed, here with PostgreSQL's 55P03 (lock_not_available) from the driver adapter.
 */
function registrationTimedOut(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const adapterError = error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined;
  return error.code === "P2028" || (error.code === "P2010" && adapterError?.cause?.originalCode === "55P03");
}

/**
 * Runs `work` in one interactive transaction with the keys locked. Inside an idempotent
 * mutation's transaction it joins that one (RequestDatabase), which then holds the locks until it
 * commits, as it must: the registration's writes are not visible before.
 */
export async function registrationTransaction<T>(db: IndividualsDb, keys: string[], work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      await takeRegistrationLocks(tx, keys);
      return work(tx);
    }, transactionLimits);
  } catch (error) {
    if (!registrationTimedOut(error)) throw error;
    throw hubError(
      "SERVICE_UNAVAILABLE",
      `the registration waited too long: another registration of someone with the same name, birth date or identifier held it up for over ${lockTimeoutMs / 1000} s, ` +
        "or the database had no connection free; nothing was recorded, try again shortly",
    );
  }
}
