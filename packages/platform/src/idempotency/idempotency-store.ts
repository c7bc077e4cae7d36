import type { FormattedExecutionResult } from "graphql";

/** The raw-query face of a Prisma transaction client, the same for every subgraph's client. */
export interface RawQueries {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export interface StoredAnswer {
  fingerprint: string;
  response: FormattedExecutionResult;
}

/**
 * The `idempotent_request` table every subgraph's schema declares (model IdempotentRequest).
 * Keys belong to an organisation: two partners choosing the same key never meet.
 */
export const idempotencyStore = {
  /**
   * Serialises requests with the same key until this transaction ends, so a retry racing its
   * original waits and then gets the original's answer instead of writing a second time.
   */
  async lock(tx: RawQueries, organisationId: string, key: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`${organisationId}|${key}`}, 0))`;
  },

  async find(tx: RawQueries, organisationId: string, key: string): Promise<StoredAnswer | undefined> {
    const rows = await tx.$queryRaw<{ request_hash: string; response: FormattedExecutionResult }[]>`
      SELECT request_hash, response FROM idempotent_request WHERE organisation_id = ${organisationId} AND key = ${key}`;
    const row = rows[0];
    return row ? { fingerprint: row.request_hash, response: row.response } : undefined;
  },

  async save(tx: RawQueries, organisationId: string, key: string, answer: StoredAnswer): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO idempotent_request (organisation_id, key, request_hash, response)
      VALUES (${organisationId}, ${key}, ${answer.fingerprint}, ${JSON.stringify(answer.response)}::jsonb)`;
  },
};
