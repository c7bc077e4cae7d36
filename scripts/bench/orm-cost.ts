import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Principal } from "@pasrr/auth/principal";
import { repoRoot } from "@pasrr/config/repo-paths";
import { openDatabase, type Database } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { postgresPoolOptions } from "@pasrr/db/postgres-pool-options";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { createClient as facilitiesClient, type FacilitiesDb } from "../../subgraphs/facilities/src/db.ts";
import { createLoaders as facilitiesLoaders } from "../../subgraphs/facilities/src/loaders.ts";
import { createClient as individualsClient, type IndividualsDb } from "../../subgraphs/individuals/src/db.ts";
import { createLoaders as individualsLoaders } from "../../subgraphs/individuals/src/loaders.ts";
import { createScratchDatabases } from "../../test/support/postgres.ts";
import { median, summary } from "./stats.ts";
import { table, verdict, type BenchRow, type Goal } from "./row.ts";

/**
 * Row 6, ORM cost: the hot entity loaders the residents query's `_entities` calls go through
 * (issue 20: they read through the driver adapter's queryRaw and a typed row decoder, below
 * Prisma's row mapping), called as the subgraph calls them (a fresh request's loader,
 * `loadMany(keys)`, over the statement-logged client), against the very SQL they sent, with the
 * same arguments, through the raw driver: `pg` on a pool with the subgraph's options, and PGlite's
 * own `query` on the same PGlite. Beside them: Prisma's raw query on the same SQL (TypedSQL's
 * path) and Prisma's `findMany` for the same rows (the loaders' path before issue 20).
 * Calls alternate between the paths after a warm-up; goal: loader ÷ raw ≤ 1.3.
 */

const principal: Principal = { subject: "bench", organisationId: "bench", role: "STATE_MEDICAID_AGENCY", counties: [], facilityIds: [] };
const personIds = Array.from({ length: 1000 }, (_, n) => `0193c000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`);

/** One loader measured: seeds its database, then loads keys through the loader and through Prisma as before. */
interface LoaderCase {
  name: string;
  subgraph: "individuals" | "facilities";
  open(adapter: SqlMigrationAwareDriverAdapterFactory): {
    seed(): Promise<void>;
    viaLoader(keys: string[]): Promise<unknown>;
    viaPrisma(keys: string[]): Promise<unknown>;
    /** Prisma's raw query on the loader's SQL: the path a TypedSQL query (`$queryRawTyped`) takes. */
    viaPrismaRaw(sql: string, args: unknown[]): Promise<unknown>;
    close(): Promise<void>;
  };
}

const individualCase: LoaderCase = {
  name: "individuals `individual` (person by id, merge survivor joined)",
  subgraph: "individuals",
  open(adapter) {
    const db: IndividualsDb = individualsClient(adapter);
    return {
      seed: async () => {
        await db.individual.createMany({
          data: personIds.map((id, n) => ({
            id,
            givenName: `Orm${n}`,
            familyName: "Bench",
            birthDate: new Date(Date.UTC(1945, 0, 1 + n)),
            county: "Hamilton",
            state: "OH",
          })),
        });
      },
      viaLoader: (keys) => individualsLoaders(db, principal).individual.loadMany(keys),
      viaPrisma: (keys) => db.individual.findMany({ where: { id: { in: keys } }, include: { mergedInto: true }, relationLoadStrategy: "join" }),
      viaPrismaRaw: (sql, args) => db.$queryRawUnsafe(sql, ...args),
      close: () => db.$disconnect(),
    };
  },
};

const staysCase: LoaderCase = {
  name: "facilities `staysByIndividual` (read scope, JSON periods, event-id arrays)",
  subgraph: "facilities",
  open(adapter) {
    const db: FacilitiesDb = facilitiesClient(adapter);
    return {
      seed: async () => {
        const facilityId = randomUUID();
        await db.facility.create({
          data: {
            id: facilityId,
            providerNumber: "ORM-1",
            name: "Orm Bench NF",
            type: "NURSING_FACILITY",
            addressLine: "1 Bench Rd",
            city: "Testville",
            postalCode: "45000",
            county: "Hamilton",
            state: "OH",
            region: "SW",
            medicaidCertified: true,
            certifiedBeds: 1000,
          },
        });
        await db.stay.createMany({
          data: personIds.map((individualId) => ({
            individualId,
            facilityId,
            admittedOn: toDbDate("2026-01-05"),
            admissionSource: "HOSPITAL_INPATIENT" as const,
            payerPeriods: [
              { payer: "MEDICARE_PART_A", startsOn: "2026-01-05", endsOn: "2026-02-01" },
              { payer: "MEDICAID", startsOn: "2026-02-01", endsOn: null },
            ],
            leavePeriods: [],
            eventIds: [randomUUID(), randomUUID()],
          })),
        });
      },
      viaLoader: (keys) => facilitiesLoaders(db, principal).staysByIndividual.loadMany(keys),
      viaPrisma: (keys) => db.stay.findMany({ where: { individualId: { in: keys } }, orderBy: [{ admittedOn: "desc" }, { id: "desc" }] }),
      viaPrismaRaw: (sql, args) => db.$queryRawUnsafe(sql, ...args),
      close: () => db.$disconnect(),
    };
  },
};

/** A database of each kind behind the subgraph's adapter, and the raw driver on the same data. */
interface Bench {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  database: Database;
  raw(sql: string, args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function postgresBench(url: string): Promise<Bench> {
  const database = await openDatabase({ kind: "postgres", url, variable: "BENCH", settings: defaultPostgresSettings });
  const pool = new pg.Pool(postgresPoolOptions(url, defaultPostgresSettings, undefined));
  return {
    adapter: database.adapter,
    database,
    raw: (sql, args) => pool.query(sql, args),
    close: async () => {
      await pool.end();
      await database.close();
    },
  };
}

async function pgliteBench(): Promise<Bench> {
  const client = await PGlite.create("memory://");
  // As @pasrr/db's openDatabase builds it (pglite-prisma-adapter is typed against an older driver-adapter-utils).
  const adapter = new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const database: Database = { kind: "pglite", adapter, ping: async () => {}, withSession: (work) => work(adapter), close: () => client.close() };
  return { adapter, database, raw: (sql, args) => client.query(sql, args), close: () => client.close() };
}

export const ormCostRow: BenchRow = {
  title: "6. ORM cost: the hot entity loaders ÷ the raw driver, same SQL (PostgreSQL and PGlite)",
  async run({ quick, runs, log }) {
    const scratch = await createScratchDatabases(["individuals", "facilities"]);
    const rows: string[][] = [];
    const goals: Goal[] = [];
    try {
      for (const kind of ["postgres", "pglite"] as const) {
        for (const loaderCase of [individualCase, staysCase]) {
          const bench = kind === "postgres" ? await postgresBench(scratch.urls[loaderCase.subgraph]!) : await pgliteBench();
          const statements = new StatementLog();
          const subject = loaderCase.open(withStatementLog(bench.adapter, statements));
          try {
            await applyPendingMigrations(bench.database, prismaFolder(path.join(repoRoot, `subgraphs/${loaderCase.subgraph}/prisma`)));
            await subject.seed();
            for (const batch of [100, 1000]) {
              const { cells, ratio } = await measure(subject, bench, statements, batch, quick, runs, log, `${kind} ${loaderCase.subgraph}`);
              rows.push([kind, loaderCase.name, String(batch), ...cells]);
              goals.push({
                id: `loaders.${batch}`,
                goal: `hot loaders ÷ raw at ${batch} keys`,
                value: ratio.toFixed(2),
                target: "≤ 1.3",
                met: ratio <= 1.3,
                note: `${kind}, ${loaderCase.name}`,
              });
            }
          } finally {
            await subject.close();
            await bench.close();
          }
        }
      }
    } finally {
      await scratch.drop();
    }
    const markdown = [
      "PostgreSQL 127.0.0.1:5432 (raw: `pg` on a pool with the subgraph's options) and in-memory PGlite (raw: the same PGlite's `query`); sequential calls, one at a time, the four paths alternating call by call; per run each path's median call, and here the median µs of the runs (CV in brackets). The loader is called as a request calls it (a fresh loader, `loadMany`, statement log on). For comparison, as ratios to raw: Prisma's raw query on the same SQL (`$queryRawUnsafe`, the path a TypedSQL query takes), and Prisma `findMany` for the same rows (the loaders' path before issue 20).",
      "",
      table(
        [
          "database",
          "loader",
          "keys per batch",
          "loader µs/call",
          "raw µs/query",
          "loader ÷ raw (goal ≤ 1.3)",
          "Prisma raw query ÷ raw",
          "Prisma findMany ÷ raw",
          "goal",
        ],
        rows,
      ),
    ].join("\n");
    return { markdown, goals };
  },
};

async function measure(
  subject: ReturnType<LoaderCase["open"]>,
  bench: Bench,
  statements: StatementLog,
  batch: number,
  quick: boolean,
  runs: number,
  log: (message: string) => void,
  label: string,
): Promise<{ cells: string[]; ratio: number }> {
  const keys = personIds.slice(0, batch);
  statements.reset();
  statements.record = true;
  await subject.viaLoader(keys);
  statements.record = false;
  if (statements.statements.length !== 1) throw new Error(`expected one statement, the loader sent ${statements.statements.length}`);
  const [sql, args] = [statements.statements[0]!, statements.statementArgs[0]! as unknown[]];
  const viaLoader = () => subject.viaLoader(keys);
  const viaPrisma = () => subject.viaPrisma(keys);
  const viaPrismaRaw = () => subject.viaPrismaRaw(sql, args);
  const viaRaw = () => bench.raw(sql, args);
  const iterations = quick ? 40 : batch === 100 ? 300 : 60;
  const paths = [viaLoader, viaPrisma, viaPrismaRaw, viaRaw];
  /**
   * One run: the four paths called in turn, one call each, `iterations` times over, and each
   * path's median call. Alternating call by call, a burst of load from the machine's other work
   * falls on all four alike instead of on whichever path a block of calls happened to be timing.
   */
  const oneRun = async () => {
    const calls: number[][] = paths.map(() => []);
    for (let i = 0; i < iterations; i += 1) {
      for (const [index, call] of paths.entries()) {
        const t0 = performance.now();
        await call();
        calls[index]!.push((performance.now() - t0) * 1000); // µs
      }
    }
    return calls.map((times) => median(times));
  };
  log(`orm cost, ${label}, batch ${batch}`);
  await oneRun(); // warm-up: plan caches, connections, JIT
  const [loader, prisma, prismaRaw, raw]: [number[], number[], number[], number[]] = [[], [], [], []];
  for (let run = 0; run < runs; run += 1) {
    const [l, p, pr, r] = (await oneRun()) as [number, number, number, number];
    loader.push(l);
    prisma.push(p);
    prismaRaw.push(pr);
    raw.push(r);
  }
  const ratio = (values: number[]) => (median(values) / median(raw)).toFixed(2);
  const loaderRatio = median(loader) / median(raw);
  return { cells: [summary(loader, 0), summary(raw, 0), ratio(loader), ratio(prismaRaw), ratio(prisma), verdict(loaderRatio <= 1.3)], ratio: loaderRatio };
}
