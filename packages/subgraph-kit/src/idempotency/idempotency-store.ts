import type { FormattedExecutionResult } from "graphql";
import type { Principal } from "@pasrr/auth/principal";

/** The raw-query face of a Prisma transaction client, the same for every subgraph's client. */
export interface RawQueries {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/** What the first request read and wrote, as its audit collector held it: recorded again on every replay. */
export interface StoredAudit {
  fields: string[];
  writes: string[];
  entityIds: string[];
}

export interface StoredAnswer {
  fingerprint: string;
  response: FormattedExecutionResult;
  audit: StoredAudit;
}

/** Who a key belongs to: the organisation, the role and the token's subject (red-team finding 2). */
export type KeyOwner = Pick<Principal, "organisationId" | "role" | "subject">;

/**
 * The `idempotent_request` table every subgraph's schema declares (model IdempotentRequest).
 * Keys belong to one principal: another partner, another role of the same organisation (the
 * payment system beside a PAA) or another user choosing the same key never meets the answer.
 */
export const idempotencyStore = {
  /**
   * Serialises requests with the same key until this transaction ends, so a retry racing its
   * original waits and then gets the original's answer instead of writing a second time.
   */
  async lock(tx: RawQueries, owner: KeyOwner, key: string): Promise<void> {
    const name = JSON.stringify([owner.organisationId, owner.role, owner.subject, key]);
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
  },

  async find(tx: RawQueries, owner: KeyOwner, key: string): Promise<StoredAnswer | undefined> {
    const rows = await tx.$queryRaw<{ request_hash: string; response: FormattedExecutionResult; audit: Partial<StoredAudit> }[]>`
      SELECT request_hash, response, audit FROM idempotent_request
      WHERE organisation_id = ${owner.organisationId} AND role = ${owner.role} AND subject = ${owner.subject} AND key = ${key}`;
    const row = rows[0];
    if (!row) return undefined;
    const audit = { fields: row.audit.fields ?? [], writes: row.audit.writes ?? [], entityIds: row.audit.entityIds ?? [] };
    return { fingerprint: row.request_hash, response: row.response, audit };
  },

  async save(tx: RawQueries, owner: KeyOwner, key: string, answer: StoredAnswer): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO idempotent_request (organisation_id, role, subject, key, request_hash, response, audit)
      VALUES (${owner.organisationId}, ${owner.role}, ${owner.subject}, ${key}, ${answer.fingerprint},
        ${JSON.stringify(answer.response)}::jsonb, ${JSON.stringify(answer.audit)}::jsonb)`;
  },
};
