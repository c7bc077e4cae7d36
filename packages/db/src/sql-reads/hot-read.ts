import { decodeRow, type RowShape } from "./row-shape.ts";
import { runSqlRead, type SqlRead, type SqlReadClient } from "./sql-read.ts";

/** Runs a hot read and decodes each row into the shape's model. */
export async function readRows<Row>(db: SqlReadClient, read: SqlRead, shape: RowShape<Row>): Promise<Row[]> {
  const { rows, wire } = await runSqlRead(db, read);
  return rows.map((row) => decodeRow(shape, row, wire));
}
