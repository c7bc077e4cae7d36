/**
 * `npm run bench`: register-with-matching against 10,000 / 100,000 / 1,000,000 synthetic people
 * on PostgreSQL (issue 3, "Speed, benchmarked"). Creates a fresh database on the server at
 * BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), bulk-loads the
 * people with the same normalisation and blocking keys registration uses, times `register()`
 * (the mutation's own code, through Prisma) for a mix of near-duplicates and newcomers, prints
 * p50/p95 per size and the 1M:10k growth ratio, and drops the database (kept when BENCH_KEEP_DB
 * is set, for EXPLAIN ANALYZE; drop it by hand afterwards). Not part of `npm test`.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { openDatabase } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { repoRoot } from "@pasrr/config/repo-paths";
import path from "node:path";
import { loadIdentityConfig } from "../subgraphs/individuals/src/individuals.config.ts";
import { createClient } from "../subgraphs/individuals/src/db.ts";
import type { PersonIndex } from "../subgraphs/individuals/src/registration/person-index.model.ts";
import { PrismaPersonIndex } from "../subgraphs/individuals/src/registration/person-index.store.ts";
import { register } from "../subgraphs/individuals/src/registration/register-individual.action.ts";
import { checkRegistration } from "../subgraphs/individuals/src/registration/registration.rules.ts";
import { bulkColumns, type BulkColumns } from "../subgraphs/individuals/src/demo/synthetic/bulk-rows.ts";
import { PopulationFactory, type TruePerson } from "../subgraphs/individuals/src/demo/synthetic/people.ts";
import { Random } from "../subgraphs/individuals/src/demo/synthetic/random.ts";
import { duplicateOf, recordOf } from "../subgraphs/individuals/src/demo/synthetic/records.ts";

const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const samples = Number(process.env.BENCH_SAMPLES ?? 400);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const config = loadIdentityConfig(process.env);
// The hub's clock (PASRR_POLICY_STATE / HUB_TIME_ZONE / HUB_TODAY), as the service would judge registrations.
const clock = loadCommonConfig(process.env).clock;
const today = clock.today();
const batch = 20_000;

async function insertColumns(client: pg.Client, table: string, columns: Record<string, (string | null)[]>, casts: Record<string, string>, extra = "") {
  const names = Object.keys(columns);
  const total = columns[names[0]!]!.length;
  for (let start = 0; start < total; start += batch) {
    const slices = names.map((name) => columns[name]!.slice(start, start + batch));
    const list = names.map((name, i) => `$${i + 1}::${casts[name] ?? "text"}[]`).join(", ");
    const targets = [...names, ...(extra ? [extra.split("=")[0]!] : [])].map((n) => `"${n}"`).join(", ");
    await client.query(`INSERT INTO "${table}" (${targets}) SELECT *${extra ? `, ${extra.split("=")[1]}` : ""} FROM unnest(${list})`, slices);
  }
}

async function load(client: pg.Client, columns: BulkColumns) {
  await insertColumns(client, "Individual", columns.individuals, { id: "uuid", birthDate: "date", sex: '"Sex"' }, "updatedAt=now()");
  await insertColumns(client, "Identifier", columns.identifiers, { id: "uuid", individualId: "uuid", type: '"IdentifierType"' });
  await insertColumns(client, "BlockingKey", columns.keys, { individualId: "uuid" });
}

/** Measures the steady state, not the bulk load's aftermath: statistics fresh, dirty pages written. */
async function settle(client: pg.Client) {
  await client.query("VACUUM ANALYZE");
  await client.query("CHECKPOINT");
}

/** What the timed registrations came to, near-duplicates and newcomers apart: a review queue is a cost too (issue 21). */
type Kind = "near-duplicates" | "newcomers";
type Outcome = "MATCHED" | "POSSIBLE_DUPLICATE" | "CREATED" | "CONFLICT";
const outcomeOrder: Outcome[] = ["MATCHED", "POSSIBLE_DUPLICATE", "CREATED", "CONFLICT"];
const tally = (): Record<Kind, Record<Outcome, number>> => ({
  "near-duplicates": { MATCHED: 0, POSSIBLE_DUPLICATE: 0, CREATED: 0, CONFLICT: 0 },
  newcomers: { MATCHED: 0, POSSIBLE_DUPLICATE: 0, CREATED: 0, CONFLICT: 0 },
});
/** "200 near-duplicates: 150 MATCHED, 48 POSSIBLE_DUPLICATE, 2 CREATED", CONFLICT only when one happened. */
const describeOutcomes = (counts: Record<Outcome, number>) =>
  outcomeOrder
    .filter((o) => o !== "CONFLICT" || counts[o] > 0)
    .map((o) => `${counts[o]} ${o}`)
    .join(", ");
const totalOf = (counts: Record<Outcome, number>) => outcomeOrder.reduce((n, o) => n + counts[o], 0);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/**
 * Times the index's reads (finding candidates) and writes (recording the outcome) apart, per
 * registration; the registration's lock and its transaction's begin and commit count in neither.
 */
function timedIndex(index: PersonIndex) {
  const spent = { read: 0, write: 0 };
  const wrap =
    <A extends unknown[], R>(kind: "read" | "write", call: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      const t0 = performance.now();
      try {
        return await call(...args);
      } finally {
        spent[kind] += performance.now() - t0;
      }
    };
  const timedOver = (inner: PersonIndex): PersonIndex => ({
    // The registration runs on the index the lock hands it (its transaction): that one is timed.
    withRegistrationLock: (keys, work) => inner.withRegistrationLock(keys, (locked) => work(timedOver(locked))),
    ownersOf: wrap("read", (ids) => inner.ownersOf(ids)),
    candidatesFor: wrap("read", (keys, limit) => inner.candidatesFor(keys, limit)),
    distinctPairsAmong: wrap("read", (ids) => inner.distinctPairsAmong(ids)),
    create: wrap("write", (person, review) => inner.create(person, review)),
    attach: wrap("write", (id, addition) => inner.attach(id, addition)),
  });
  return { timed: timedOver(index), spent };
}

async function main() {
  const name = `pasrr_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), variable: "BENCH_POSTGRES_URL", settings: defaultPostgresSettings });
  const loader = new pg.Client({ connectionString: url.toString() });
  const results: { size: number; p50: number; p95: number; loadSeconds: number; outcomes: ReturnType<typeof tally> }[] = [];
  try {
    await applyPendingMigrations(database, prismaFolder(path.join(repoRoot, "subgraphs/individuals/prisma")));
    await loader.connect();
    const db = createClient(database.adapter);
    const { timed: index, spent } = timedIndex(
      new PrismaPersonIndex(db, { subject: "bench", organisationId: "bench", role: "STATE_MEDICAID_AGENCY", at: clock.now() }),
    );
    const random = new Random(20261122);
    const factory = new PopulationFactory(random);
    const people: TruePerson[] = [];
    for (const size of sizes) {
      const started = performance.now();
      while (people.length < size) {
        const chunk = factory.population(Math.min(100_000, size - people.length));
        people.push(...chunk);
        await load(
          loader,
          bulkColumns(
            chunk.map((person) => recordOf(person, random)),
            today,
            config.identifierRules,
          ),
        );
      }
      await settle(loader);
      const loadSeconds = (performance.now() - started) / 1000;
      const [timings, reads, writes]: [number[], number[], number[]] = [[], [], []];
      const outcomes = tally();
      for (let n = 0; n < samples + 50; n += 1) {
        const kind: Kind = n % 2 === 0 ? "near-duplicates" : "newcomers";
        const record = kind === "near-duplicates" ? duplicateOf(random.pick(people), random) : recordOf(factory.person(), random);
        const check = checkRegistration(record.input, record.identifiers, today, config.identifierRules);
        if (!("registration" in check)) continue;
        [spent.read, spent.write] = [0, 0];
        const t0 = performance.now();
        // A CONFLICT is timed like any answer.
        const outcome: Outcome = await register(index, check.registration, config).then(
          (result) => result.outcome,
          () => "CONFLICT" as const,
        );
        if (n < 50) continue; // the first 50 warm the caches
        timings.push(performance.now() - t0);
        outcomes[kind][outcome] += 1;
        reads.push(spent.read);
        writes.push(spent.write);
      }
      results.push({ size, p50: percentile(timings, 50), p95: percentile(timings, 95), loadSeconds, outcomes });
      console.log(
        `${String(size).padStart(9)} people: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms ` +
          `(reads p50 ${percentile(reads, 50).toFixed(1)}, writes p50 ${percentile(writes, 50).toFixed(1)}; loaded in ${loadSeconds.toFixed(0)} s)`,
      );
      for (const kind of ["near-duplicates", "newcomers"] as const) {
        console.log(`${" ".repeat(17)}${totalOf(outcomes[kind])} ${kind}: ${describeOutcomes(outcomes[kind])}`);
      }
    }
    await db.$disconnect();
  } finally {
    await loader.end().catch(() => undefined);
    await database.close();
    // BENCH_KEEP_DB keeps the loaded database for EXPLAIN ANALYZE of the statements timed here.
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  console.log("\n| people | p50 (ms) | p95 (ms) | near-duplicates (timed) | newcomers (timed) |\n| ---: | ---: | ---: | --- | --- |");
  for (const r of results) {
    const cells = [
      r.size.toLocaleString("en-US"),
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      ...(["near-duplicates", "newcomers"] as const).map((kind) => describeOutcomes(r.outcomes[kind])),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const [first, last] = [results[0], results.at(-1)];
  if (first && last && last !== first) {
    console.log(
      `\ngrowth ${last.size.toLocaleString("en-US")}:${first.size.toLocaleString("en-US")}: p50 ×${(last.p50 / first.p50).toFixed(2)}, p95 ×${(last.p95 / first.p95).toFixed(2)} (goal: p95 ≤ 25 ms at 1,000,000, growth ≤ 2)`,
    );
  }
}

await main();
