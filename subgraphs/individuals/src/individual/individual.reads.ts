import { cell, decodeRow, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { runSqlRead, uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import { IndividualStatus, Sex, type Individual } from "../generated/prisma/client.ts";

/** A person's row, decoded as the generated client types it. */
export const individualRow = rowShape<Individual>("Individual", {
  id: cell.uuid,
  givenName: cell.nullable(cell.text),
  middleName: cell.nullable(cell.text),
  familyName: cell.nullable(cell.text),
  suffix: cell.nullable(cell.text),
  birthDate: cell.nullable(cell.date),
  sex: cell.oneOf(Sex),
  addressLine1: cell.nullable(cell.text),
  addressLine2: cell.nullable(cell.text),
  city: cell.nullable(cell.text),
  postalCode: cell.nullable(cell.text),
  county: cell.text,
  state: cell.text,
  ssnLastFour: cell.nullable(cell.text),
  status: cell.oneOf(IndividualStatus),
  mergedIntoId: cell.nullable(cell.uuid),
  mergedAt: cell.nullable(cell.timestamp),
  createdAt: cell.timestamp,
  updatedAt: cell.timestamp,
});

const followingMergesSql = `SELECT "asked"."id" AS "askedId", ${selectList(individualRow, "person")}
FROM ${individualRow.table} AS "asked" JOIN ${individualRow.table} AS "person" ON "person"."id" = COALESCE("asked"."mergedIntoId", "asked"."id")
WHERE "asked"."id" = ANY($1::uuid[])`;

/**
 * People by id, each as the survivor it was merged into, if it was (issue 3, "Merge and
 * unmerge"): one statement, the survivor joined in place of the asked row, so each row carries
 * one person; merges are flattened, so one step always reaches the survivor.
 */
export async function readIndividualsFollowingMerges(db: SqlReadClient, ids: readonly string[]): Promise<{ askedId: string; person: Individual }[]> {
  const { rows, wire } = await runSqlRead(db, { sql: followingMergesSql, args: [[...ids]], argTypes: [uuidList] });
  return rows.map((row) => ({ askedId: row[0] as string, person: decodeRow(individualRow, row, wire, 1) }));
}
