import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { openDatabase } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { repoRoot } from "@pasrr/config/repo-paths";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import { createClient } from "../../subgraphs/individuals/src/db.ts";
import { createScratchDatabases } from "../../test/support/postgres.ts";
import { median, summary } from "./stats.ts";
import { table, verdict, type BenchRow } from "./row.ts";

/**
 * Row 6, ORM cost: the individuals subgraph's entity-batch query (its `individual` loader:
 * people by id with the merge survivor joined) through Prisma 7 + @prisma/adapter-pg, against
 * the very SQL Prisma sent, with the same arguments, through raw `pg` on an identical pool.
 * Interleaved runs after a warm-up (Prisma's query-plan cache warm); goal ≤ 1.3.
 */
export const ormCostRow: BenchRow = {
  title: "6. ORM cost: Prisma 7 + adapter-pg ÷ raw pg, same SQL, entity-batch query",
  async run({ quick, runs, log }) {
    const scratch = await createScratchDatabases(["individuals"]);
    const database = await openDatabase({ kind: "postgres", url: scratch.urls.individuals!, variable: "BENCH", settings: defaultPostgresSettings });
    const statements = new StatementLog();
    const db = createClient(withStatementLog(database.adapter, statements));
    const pool = new pg.Pool({ connectionString: scratch.urls.individuals!, max: 10 });
    const rows: string[][] = [];
    try {
      await applyPendingMigrations(database, prismaFolder(path.join(repoRoot, "subgraphs/individuals/prisma")));
      const ids = Array.from({ length: 1000 }, (_, n) => `0193c000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`);
      await db.individual.createMany({
        data: ids.map((id, n) => ({
          id,
          givenName: `Orm${n}`,
          familyName: "Bench",
          birthDate: new Date(Date.UTC(1945, 0, 1 + n)),
          county: "Hamilton",
          state: "OH",
        })),
      });
      for (const batch of [100, 1000]) {
        const keys = ids.slice(0, batch);
        const viaPrisma = () => db.individual.findMany({ where: { id: { in: keys } }, include: { mergedInto: true }, relationLoadStrategy: "join" });
        statements.reset();
        statements.record = true;
        await viaPrisma();
        statements.record = false;
        if (statements.statements.length !== 1) throw new Error(`expected one statement, Prisma sent ${statements.statements.length}`);
        const [sql, args] = [statements.statements[0]!, statements.statementArgs[0]! as unknown[]];
        const viaPg = () => pool.query(sql, args);
        const iterations = quick ? 20 : batch === 100 ? 300 : 60;
        const timeEach = async (call: () => Promise<unknown>) => {
          const t0 = performance.now();
          for (let i = 0; i < iterations; i += 1) await call();
          return ((performance.now() - t0) * 1000) / iterations; // µs per query
        };
        log(`orm cost, batch ${batch}`);
        await timeEach(viaPrisma); // warm-up: plan caches, connections, JIT
        await timeEach(viaPg);
        const [prisma, raw]: [number[], number[]] = [[], []];
        for (let run = 0; run < runs; run += 1) {
          prisma.push(await timeEach(viaPrisma));
          raw.push(await timeEach(viaPg));
        }
        const ratio = median(prisma) / median(raw);
        rows.push([String(batch), summary(prisma, 0), summary(raw, 0), ratio.toFixed(2), verdict(ratio <= 1.3)]);
      }
    } finally {
      await db.$disconnect();
      await pool.end();
      await database.close();
      await scratch.drop();
    }
    return [
      "PostgreSQL 127.0.0.1:5432; sequential queries, one at a time, median µs per query over the runs (CV in brackets).",
      "",
      table(["keys per batch", "Prisma µs/query", "raw pg µs/query", "ratio (goal ≤ 1.3)", "goal"], rows),
    ].join("\n");
  },
};
