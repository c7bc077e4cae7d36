import { readRows } from "@pasrr/db/sql-reads/hot-read";
import { cell, decodeRow, rowShape, selectList, type RowShape } from "@pasrr/db/sql-reads/row-shape";
import { runSqlRead, uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import {
  AppealStatus,
  ApprovalPeriod,
  LevelTwoAuthority,
  LevelTwoOutcome,
  ReferralStatus,
  SpecializedServicesProvider,
  type Appeal,
  type LevelTwoDetermination,
  type LevelTwoReferral,
  type NursingFacilityAdmission,
} from "../generated/prisma/client.ts";

/**
 * The rows a person's PASRR compliance history rests on beside the Level I screens (issue 20):
 * Level II records and NF admissions, read below Prisma's row mapping, one statement per batch
 * each, decoded as the generated client types them.
 */

export const levelTwoReferralRow = rowShape<LevelTwoReferral>("LevelTwoReferral", {
  id: cell.uuid,
  version: cell.int,
  screenId: cell.uuid,
  individualId: cell.uuid,
  authority: cell.oneOf(LevelTwoAuthority),
  awaitsAuthority: cell.nullable(cell.oneOf(LevelTwoAuthority)),
  status: cell.oneOf(ReferralStatus),
  referredOn: cell.date,
  dueOn: cell.date,
  facilityId: cell.nullable(cell.uuid),
  facilityCounty: cell.nullable(cell.text),
  createdAt: cell.timestamp,
  followsDeterminationId: cell.nullable(cell.uuid),
});

export const levelTwoDeterminationRow = rowShape<LevelTwoDetermination>("LevelTwoDetermination", {
  id: cell.uuid,
  referralId: cell.uuid,
  individualId: cell.uuid,
  conditionConfirmed: cell.boolean,
  seriousMentalIllnessPrimary: cell.nullable(cell.boolean),
  needsNursingFacilityServices: cell.boolean,
  needsSpecializedServices: cell.boolean,
  recommendedServices: cell.texts,
  approvalPeriod: cell.oneOf(ApprovalPeriod),
  approvedThrough: cell.nullable(cell.date),
  evaluatorName: cell.text,
  evaluatedOn: cell.date,
  determinedOn: cell.date,
  determinedByOrganisationId: cell.text,
  recordedAt: cell.timestamp,
  outcome: cell.oneOf(LevelTwoOutcome),
  outcomeSource: cell.text,
  specializedServicesProvider: cell.nullable(cell.oneOf(SpecializedServicesProvider)),
  policyState: cell.text,
});

export const appealRow = rowShape<Appeal>("Appeal", {
  id: cell.uuid,
  version: cell.int,
  determinationId: cell.uuid,
  individualId: cell.uuid,
  filedOn: cell.date,
  filedByOrganisationId: cell.text,
  grounds: cell.text,
  level: cell.int,
  status: cell.oneOf(AppealStatus),
  decidedOn: cell.nullable(cell.date),
  decidedByOrganisationId: cell.nullable(cell.text),
});

export const admissionRow = rowShape<NursingFacilityAdmission>("NursingFacilityAdmission", {
  id: cell.uuid,
  individualId: cell.uuid,
  facilityId: cell.uuid,
  admittedOn: cell.date,
  screenId: cell.nullable(cell.uuid),
  triggerEventId: cell.nullable(cell.uuid),
  createdAt: cell.timestamp,
});

/** A referral with its determination, if made, and that determination's appeals: what `complianceRecords` reads. */
export type LevelTwoRecord = LevelTwoReferral & { determination: (LevelTwoDetermination & { appeals: Appeal[] }) | null };

/** A row's cells as one JSON array, in the shape's order (decoded by `decodeRow` like a wire row: dates and instants as ISO text). */
const jsonCells = <Row>(shape: RowShape<Row>, alias: string) => `json_build_array(${shape.names.map((name) => `"${alias}"."${name}"`).join(", ")})`;

// The appeals of a determination travel as one JSON text per referral (a join would repeat the
// referral per appeal), in filing order as `appealsByDetermination` lists them.
const levelTwoRecordsSql = `SELECT ${selectList(levelTwoReferralRow, "referral")}, ${selectList(levelTwoDeterminationRow, "determination")}, "appeals"."list" AS "appeals"
FROM ${levelTwoReferralRow.table} AS "referral"
LEFT JOIN ${levelTwoDeterminationRow.table} AS "determination" ON "determination"."referralId" = "referral"."id"
LEFT JOIN LATERAL (SELECT json_agg(${jsonCells(appealRow, "appeal")} ORDER BY "appeal"."filedOn", "appeal"."id")::text AS "list"
  FROM ${appealRow.table} AS "appeal" WHERE "appeal"."determinationId" = "determination"."id") AS "appeals" ON TRUE
WHERE "referral"."individualId" = ANY($1::uuid[])
ORDER BY "referral"."referredOn" ASC, "referral"."id" ASC`;

const determinationAt = levelTwoReferralRow.width;
const appealsAt = determinationAt + levelTwoDeterminationRow.width;

/** People's Level II records, oldest referral first: each referral joined with its determination (null until made) and its appeals. */
export async function readLevelTwoRecordsByIndividual(db: SqlReadClient, individualIds: readonly string[]): Promise<LevelTwoRecord[]> {
  const { rows, wire } = await runSqlRead(db, { sql: levelTwoRecordsSql, args: [[...individualIds]], argTypes: [uuidList] });
  return rows.map((row) => {
    const referral = decodeRow(levelTwoReferralRow, row, wire);
    if (row[determinationAt] === null) return { ...referral, determination: null };
    const list = row[appealsAt] as string | null;
    // JSON cells are wire cells whichever path read the row (dates as ISO text, arrays as arrays).
    const appeals = list === null ? [] : (JSON.parse(list) as unknown[][]).map((cells) => decodeRow(appealRow, cells, true));
    return { ...referral, determination: { ...decodeRow(levelTwoDeterminationRow, row, wire, determinationAt), appeals } };
  });
}

const admissionsSql = `SELECT ${selectList(admissionRow, "admission")} FROM ${admissionRow.table} AS "admission"
WHERE "admission"."individualId" = ANY($1::uuid[]) ORDER BY "admission"."admittedOn" ASC, "admission"."id" ASC`;

/** People's NF admissions as the census reported them, oldest first (compliance periods follow each admission). */
export const readAdmissionsByIndividual = (db: SqlReadClient, individualIds: readonly string[]): Promise<NursingFacilityAdmission[]> =>
  readRows(db, { sql: admissionsSql, args: [[...individualIds]], argTypes: [uuidList] }, admissionRow);
