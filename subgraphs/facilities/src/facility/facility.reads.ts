import { readRows } from "@pasrr/db/sql-reads/hot-read";
import { cell, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import { FacilityType, type Facility } from "../generated/prisma/client.ts";

/** A facility's row, decoded as the generated client types it. */
export const facilityRow = rowShape<Facility>("Facility", {
  id: cell.uuid,
  providerNumber: cell.text,
  npi: cell.nullable(cell.text),
  name: cell.text,
  type: cell.oneOf(FacilityType),
  addressLine: cell.text,
  city: cell.text,
  postalCode: cell.text,
  county: cell.text,
  state: cell.text,
  region: cell.text,
  medicaidCertified: cell.boolean,
  certifiedBeds: cell.int,
});

const byIdSql = `SELECT ${selectList(facilityRow, "facility")} FROM ${facilityRow.table} AS "facility" WHERE "facility"."id" = ANY($1::uuid[])`;

/** Facilities by id (public registry data: no scope), read below Prisma's row mapping (issue 20). */
export const readFacilities = (db: SqlReadClient, ids: readonly string[]): Promise<Facility[]> =>
  readRows(db, { sql: byIdSql, args: [[...ids]], argTypes: [uuidList] }, facilityRow);
