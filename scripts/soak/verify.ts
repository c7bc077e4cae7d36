import pg from "pg";
import type { Ledger, WriteKind } from "./workload.ts";

/** Where each kind of write lands: the owning subgraph's database and table. */
const tables: Record<WriteKind, { database: string; table: string }> = {
  registration: { database: "individuals", table: "Individual" },
  screen: { database: "screenings", table: "LevelOneScreen" },
  admission: { database: "facilities", table: "CensusEvent" },
  assessment: { database: "levelofcare", table: "LevelOfCareAssessment" },
  determination: { database: "levelofcare", table: "LevelOfCareDetermination" },
};
const kinds = Object.keys(tables) as WriteKind[];
export type TableCounts = Record<WriteKind, number>;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function countRows(urls: Record<string, string>): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const kind of kinds) {
    const { database, table } = tables[kind];
    counts[kind] = await withClient(urls[database]!, async (client) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n));
  }
  return counts;
}

/**
 * Every acknowledged id is in its table (nothing lost), and each table grew by exactly the
 * number of acknowledged writes (nothing written twice by a retry).
 */
export async function verifyLedger(urls: Record<string, string>, ledger: Ledger, before: TableCounts) {
  const after = await countRows(urls);
  let lost = 0;
  let duplicated = 0;
  const lines: string[] = [];
  for (const kind of kinds) {
    const { database, table } = tables[kind];
    const ids = [...ledger.acknowledged[kind]];
    const found = await withClient(urls[database]!, async (client) =>
      Number((await client.query(`SELECT count(*) AS n FROM "${table}" WHERE id::text = ANY($1::text[])`, [ids])).rows[0].n),
    );
    const grew = after[kind] - before[kind];
    lost += ids.length - found;
    duplicated += Math.max(0, grew - ids.length);
    lines.push(`${kind}: acknowledged ${ids.length}, found ${found}, table grew by ${grew}`);
  }
  return { lost, duplicated, lines };
}
