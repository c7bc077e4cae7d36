import { readRows } from "@pasrr/db/sql-reads/hot-read";
import { cell, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { rowScopeSql } from "@pasrr/db/sql-reads/row-scope";
import { uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import type { ReadScope } from "../access/read-scope.access.ts";
import { LevelOfCareDecision, LevelOfCareType, RetrospectiveReason, ReviewKind, type LevelOfCareDetermination } from "../generated/prisma/client.ts";
import { determinationScope } from "./determination.store.ts";

/** A determination's row, decoded as the generated client types it. */
export const determinationRow = rowShape<LevelOfCareDetermination>("LevelOfCareDetermination", {
  id: cell.uuid,
  individualId: cell.uuid,
  facilityId: cell.nullable(cell.uuid),
  levelOfCareType: cell.oneOf(LevelOfCareType),
  decision: cell.oneOf(LevelOfCareDecision),
  effectiveFrom: cell.date,
  effectiveThrough: cell.nullable(cell.date),
  determinedAt: cell.timestamp,
  county: cell.nullable(cell.text),
  determinedByOrganisationId: cell.nullable(cell.text),
  medicaidId: cell.nullable(cell.text),
  medicaidApplicationFiledOn: cell.nullable(cell.date),
  assessmentId: cell.nullable(cell.uuid),
  reviewKind: cell.oneOf(ReviewKind),
  retrospectiveReason: cell.nullable(cell.oneOf(RetrospectiveReason)),
  transferDate: cell.nullable(cell.date),
  pasrrRequirementsMetOn: cell.nullable(cell.date),
  supersedesId: cell.nullable(cell.uuid),
  supersessionReason: cell.nullable(cell.text),
});

/**
 * The determinations of people that `scope` covers, latest effective first: the same rows the
 * Prisma filter `determinationWhere(scope)` admits, out-of-scope rows never loaded (levelofcare
 * issue, item 7), read below Prisma's row mapping (issue 20).
 */
export function readDeterminationsByIndividual(db: SqlReadClient, scope: ReadScope, individualIds: readonly string[]): Promise<LevelOfCareDetermination[]> {
  const visible = rowScopeSql(determinationScope(scope), "determination", 2);
  const sql = `SELECT ${selectList(determinationRow, "determination")} FROM ${determinationRow.table} AS "determination"
WHERE "determination"."individualId" = ANY($1::uuid[]) AND ${visible.sql}
ORDER BY "determination"."effectiveFrom" DESC, "determination"."id" DESC`;
  return readRows(db, { sql, args: [[...individualIds], ...visible.args], argTypes: [uuidList, ...visible.argTypes] }, determinationRow);
}
