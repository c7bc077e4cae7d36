import { cell, decodeRow, rowShape, selectList } from "@pasrr/db/sql-reads/row-shape";
import { runSqlRead, uuidList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import { IndividualStatus, Sex, type Individual } from "../generated/prisma/client.ts";

/** A person's row, decoded as the generated client types it. */
export const individualRow = rowShape<Individual>("Individual", {
  id: cell.uuid,
  givenName: cell.text,
  middleName: cell.nullable(cell.text),
  familyName: cell.text,
  suffix: cell.nullable(cell.text),
  birthDate: cell.date,
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

const followingMergesSql = `SELECT ${selectList(individualRow, "asked")}, ${selectList(individualRow, "survivor")}
FROM ${individualRow.table} AS "asked" LEFT JOIN ${individualRow.table} AS "survivor" ON "survivor"."id" = "asked"."mergedIntoId"
WHERE "asked"."id" = ANY($1::uuid[])`;

/**
 * People by id, each with the survivor it was merged into (issue 3, "Merge and unmerge"): one
 * statement, the survivor joined; merges are flattened, so one step always reaches it.
 */
export async function readIndividualsFollowingMerges(db: SqlReadClient, ids: readonly string[]): Promise<{ askedId: string; person: Individual }[]> {
  const { rows, wire } = await runSqlRead(db, { sql: followingMergesSql, args: [[...ids]], argTypes: [uuidList] });
  const survivorAt = individualRow.names.length;
  return rows.map((row) => {
    const asked = decodeRow(individualRow, row, wire);
    return { askedId: asked.id, person: row[survivorAt] === null ? asked : decodeRow(individualRow, row, wire, survivorAt) };
  });
}
