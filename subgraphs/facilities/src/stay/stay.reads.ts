import { readRows } from "@pasrr/db/sql-reads/hot-read";
import { cell, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { rowScopeSql } from "@pasrr/db/sql-reads/row-scope";
import { uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import type { CensusScope } from "../access/census.access.ts";
import { AdmissionSource, DischargeDestination, StayEndReason, type Stay } from "../generated/prisma/client.ts";
import { stayRowScope } from "./stay.store.ts";

/**
 * A stay's row, decoded as the generated client types it (the JSON periods are read by
 * readPayerPeriods/readLeavePeriods, as before). Its periods and event ids come as one JSON text,
 * parsed once: the adapter's conversion of each of those values was most of the read (row 6).
 */
export const stayRow = rowShape<Stay>(
  "Stay",
  {
    id: cell.uuid,
    individualId: cell.uuid,
    facilityId: cell.uuid,
    admittedOn: cell.date,
    admissionSource: cell.oneOf(AdmissionSource),
    admittedFromFacilityId: cell.nullable(cell.uuid),
    previousStayId: cell.nullable(cell.uuid),
    nextStayId: cell.nullable(cell.uuid),
    dischargedOn: cell.nullable(cell.date),
    endReason: cell.nullable(cell.oneOf(StayEndReason)),
    dischargeDestination: cell.nullable(cell.oneOf(DischargeDestination)),
    transferredToFacilityId: cell.nullable(cell.uuid),
    payerPeriods: cell.json,
    leavePeriods: cell.json,
    eventIds: cell.uuids,
  },
  { packedInJson: ["payerPeriods", "leavePeriods", "eventIds"] },
);

/**
 * The stays of people that `scope` covers, latest admission first: the same rows the Prisma
 * filter `stayWhere(scope)` admits (whereabouts outside the scope never loaded, issue 4 §6),
 * read below Prisma's row mapping (issue 20).
 */
export function readStaysByIndividual(db: SqlReadClient, scope: CensusScope, individualIds: readonly string[]): Promise<Stay[]> {
  const visible = rowScopeSql(stayRowScope(scope), "stay", 2);
  const sql = `SELECT ${selectList(stayRow, "stay")} FROM ${stayRow.table} AS "stay"
WHERE "stay"."individualId" = ANY($1::uuid[]) AND ${visible.sql}
ORDER BY "stay"."admittedOn" DESC, "stay"."id" DESC`;
  return readRows(db, { sql, args: [[...individualIds], ...visible.args], argTypes: [uuidList, ...visible.argTypes] }, stayRow);
}
