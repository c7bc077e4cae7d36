import pg from "pg";
import { writeKinds, type Ledger, type WriteKind } from "./ledger.ts";

/** Where each kind of write lands: the owning subgraph's database, its table, and which of the table's rows are that kind. */
const tables: Record<WriteKind, { database: string; table: string; where?: string }> = {
  registration: { database: "individuals", table: "Individual" },
  screen: { database: "screenings", table: "LevelOneScreen" },
  admission: { database: "facilities", table: "CensusEvent", where: `kind = 'ADMISSION'` },
  transfer: { database: "facilities", table: "CensusEvent", where: `kind = 'TRANSFER_OUT'` },
  discharge: { database: "facilities", table: "CensusEvent", where: `kind = 'DISCHARGE'` },
  assessment: { database: "levelofcare", table: "LevelOfCareAssessment" },
  determination: { database: "levelofcare", table: "LevelOfCareDetermination" },
};
export type TableCounts = Record<WriteKind, number>;

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const kindRows = (kind: WriteKind, extra?: string) => {
  const { table, where } = tables[kind];
  const conditions = [where, extra].filter(Boolean);
  return `SELECT count(*) AS n FROM "${table}"${conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : ""}`;
};

export async function countRows(urls: Record<string, string>): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const kind of writeKinds) {
    counts[kind] = await withClient(urls[tables[kind].database]!, async (client) => Number((await client.query(kindRows(kind))).rows[0].n));
  }
  return counts;
}

/**
 * Every acknowledged id is in its table (nothing lost), and each kind's rows grew by exactly the
 * number of acknowledged writes (nothing written twice by a retry).
 */
export async function verifyLedger(urls: Record<string, string>, ledger: Ledger, before: TableCounts) {
  const after = await countRows(urls);
  let lost = 0;
  let duplicated = 0;
  const lines: string[] = [];
  for (const kind of writeKinds) {
    const ids = [...ledger.acknowledged[kind]];
    const found = await withClient(urls[tables[kind].database]!, async (client) =>
      Number((await client.query(kindRows(kind, `id::text = ANY($1::text[])`), [ids])).rows[0].n),
    );
    const grew = after[kind] - before[kind];
    lost += ids.length - found;
    duplicated += Math.max(0, grew - ids.length);
    lines.push(`${kind}: acknowledged ${ids.length}, found ${found}, table grew by ${grew}`);
  }
  return { lost, duplicated, lines };
}
