import { randomUUID } from "node:crypto";
import type { Role } from "@pasrr/auth/roles";

/**
 * The `AuditEvent` table every subgraph's database holds (same columns in each Prisma schema,
 * append-only by trigger), reached through raw SQL so one writer and one reader serve all four
 * services' generated clients.
 */
export interface RawSqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface AuditRecord {
  id: string;
  occurredAt: string;
  service: string;
  requestId: string;
  subject: string;
  organisationId: string;
  role: Role;
  operationName: string | null;
  writes: string[];
  fields: string[];
  entityIds: string[];
}

export type NewAuditRecord = Omit<AuditRecord, "id" | "occurredAt">;

/** One INSERT for a whole request. Arrays travel as JSON text, which every driver adapter passes alike. */
export async function insertAuditRecord(client: RawSqlClient, record: NewAuditRecord): Promise<void> {
  await client.$executeRawUnsafe(
    `INSERT INTO "AuditEvent" ("id", "service", "requestId", "subject", "organisationId", "role", "operationName", "writes", "fields", "entityIds")
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7,
       ARRAY(SELECT jsonb_array_elements_text($8::jsonb)), ARRAY(SELECT jsonb_array_elements_text($9::jsonb)), ARRAY(SELECT jsonb_array_elements_text($10::jsonb)))`,
    randomUUID(),
    record.service,
    record.requestId,
    record.subject,
    record.organisationId,
    record.role,
    record.operationName,
    JSON.stringify(record.writes),
    JSON.stringify(record.fields),
    JSON.stringify(record.entityIds),
  );
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  subject?: string;
  organisationId?: string;
  role?: Role;
  entityId?: string;
  field?: string;
  /** A page's position: only records older than this key (see auditCursorKey). */
  before?: string;
  limit: number;
}

/**
 * A record's place in the newest-first order: its instant (stored to the millisecond, so the
 * ISO text is exact) and, for records of the same millisecond, its id.
 */
export const auditCursorKey = (record: Pick<AuditRecord, "occurredAt" | "id">) => `${record.occurredAt}|${record.id}`;

const cursorKeyPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isAuditCursorKey = (key: string) => cursorKeyPattern.test(key) && !Number.isNaN(Date.parse(key.slice(0, 24)));

/** The newest records first, narrowed by whichever filters are given. */
export async function findAuditRecords(client: RawSqlClient, filter: AuditFilter): Promise<AuditRecord[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (sql: (param: string) => string, value: unknown) => {
    values.push(value);
    where.push(sql(`$${values.length}`));
  };
  if (filter.from) add((p) => `"occurredAt" >= ${p}::timestamptz`, filter.from.toISOString());
  if (filter.to) add((p) => `"occurredAt" < ${p}::timestamptz`, filter.to.toISOString());
  if (filter.subject) add((p) => `"subject" = ${p}`, filter.subject);
  if (filter.organisationId) add((p) => `"organisationId" = ${p}`, filter.organisationId);
  if (filter.role) add((p) => `"role" = ${p}`, filter.role);
  if (filter.entityId) add((p) => `${p} = ANY("entityIds")`, filter.entityId);
  if (filter.field) add((p) => `(${p} = ANY("fields") OR ${p} = ANY("writes"))`, filter.field);
  if (filter.before) {
    const [occurredAt, id] = filter.before.split("|");
    values.push(occurredAt);
    const occurredAtParam = `$${values.length}`;
    add((p) => `("occurredAt", "id") < (${occurredAtParam}::timestamptz, ${p}::uuid)`, id);
  }
  values.push(filter.limit);
  const rows = await client.$queryRawUnsafe<(Omit<AuditRecord, "writes" | "fields" | "entityIds"> & { writes: string; fields: string; entityIds: string })[]>(
    `SELECT "id"::text AS "id", to_char("occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
       "service", "requestId", "subject", "organisationId", "role", "operationName",
       to_json("writes")::text AS "writes", to_json("fields")::text AS "fields", to_json("entityIds")::text AS "entityIds"
     FROM "AuditEvent" ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY "occurredAt" DESC, "id" DESC LIMIT $${values.length}`,
    ...values,
  );
  return rows.map((row) => ({
    ...row,
    writes: JSON.parse(row.writes) as string[],
    fields: JSON.parse(row.fields) as string[],
    entityIds: JSON.parse(row.entityIds) as string[],
  }));
}
