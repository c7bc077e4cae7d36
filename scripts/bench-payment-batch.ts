/**
 * `npm run bench` (second part): the Medicaid payment system's claim batch on PostgreSQL
 * (levelofcare issue, item 6). Starts the four subgraphs and the gateway on fresh databases,
 * seeds BENCH_CLAIM_POPULATION synthetic people (Medicaid ID, Level I screen, stay, LOC
 * determinations), then times one gateway request of BENCH_CLAIM_LINES claim lines against the
 * floor: the same lookups as one hand-written SQL query per database (the identifiers first, then
 * screens, stays and determinations in parallel, as the gateway's plan does). Warm-up first, then
 * BENCH_CLAIM_RUNS runs of each side by side; prints medians, the ratio (goal ≤ 3×) and each
 * subgraph's SQL statements per request. Drops its databases at the end. Not part of `npm test`.
 */
import { startGateway } from "@pasrr/gateway";
import { startFacilities } from "@pasrr/facilities";
import { startIndividuals } from "@pasrr/individuals";
import { startLevelOfCare } from "@pasrr/levelofcare";
import { startScreenings } from "@pasrr/screenings";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig, type SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import type { StatementLog } from "@pasrr/db/statement-log";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createScratchDatabases } from "../test/support/postgres.ts";
import { freePorts } from "../test/support/processes.ts";
import { claimBatchQuery, claimBatchVariables, expectedClaimAnswer, seedClaimPeople, type ClaimPerson } from "../test/support/payment-batch.ts";

const population = Number(process.env.BENCH_CLAIM_POPULATION ?? 100_000);
const lineCount = Number(process.env.BENCH_CLAIM_LINES ?? 10_000);
const runs = Number(process.env.BENCH_CLAIM_RUNS ?? 7);
const starters: Record<SubgraphName, (config: SubgraphConfig, env: Env) => Promise<RunningService & { statements: StatementLog }>> = {
  individuals: startIndividuals,
  screenings: startScreenings,
  levelofcare: startLevelOfCare,
  facilities: startFacilities,
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** The floor: the same lookups, one hand-written query per database, rows read back to the client. */
function floorQueries(pools: Record<SubgraphName, pg.Pool>) {
  return async (medicaidIds: string[]) => {
    const people = await pools.individuals.query(
      `SELECT i."individualId" AS id, i.value, coalesce(array_agg(m.id) FILTER (WHERE m.id IS NOT NULL), '{}') AS merged
         FROM "Identifier" i LEFT JOIN "Individual" m ON m."mergedIntoId" = i."individualId"
        WHERE i.type = 'MEDICAID_ID' AND i.issuer = 'OH' AND i.value = ANY($1::text[]) GROUP BY i."individualId", i.value`,
      [medicaidIds],
    );
    const ids = people.rows.map((row: { id: string }) => row.id);
    const [screens, stays, determinations] = await Promise.all([
      pools.screenings.query(
        `SELECT s."individualId", s."screenedOn", s.outcome, r.status, d."determinedOn", d."needsNursingFacilityServices"
           FROM "LevelOneScreen" s LEFT JOIN "LevelTwoReferral" r ON r."screenId" = s.id LEFT JOIN "LevelTwoDetermination" d ON d."referralId" = r.id
          WHERE s."individualId" = ANY($1::uuid[])`,
        [ids],
      ),
      pools.facilities.query(
        `SELECT s."individualId", s."admittedOn", s."dischargedOn", s."payerPeriods", s."leavePeriods", f.id AS "facilityId", f."providerNumber"
           FROM "Stay" s JOIN "Facility" f ON f.id = s."facilityId" WHERE s."individualId" = ANY($1::uuid[])`,
        [ids],
      ),
      pools.levelofcare.query(
        `SELECT id, "individualId", "facilityId", "levelOfCareType", decision, "effectiveFrom", "effectiveThrough", "supersedesId"
           FROM "LevelOfCareDetermination" WHERE "individualId" = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    return people.rowCount! + screens.rowCount! + stays.rowCount! + determinations.rowCount!;
  };
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-bench-"));
  const scratch = await createScratchDatabases(subgraphNames);
  const running: RunningService[] = [];
  const pools = Object.fromEntries(subgraphNames.map((name) => [name, new pg.Pool({ connectionString: scratch.urls[name], max: 2 })])) as Record<
    SubgraphName,
    pg.Pool
  >;
  try {
    const env: Env = { NODE_ENV: "test", HUB_DATA_DIR: dataDir, HOST: "127.0.0.1", SEED_DEMO_DATA: "true", LOG_LEVEL: "warn", SUBGRAPH_TIMEOUT_MS: "120000" };
    env.GATEWAY_PORT = String((await freePorts(1))[0]);
    const services = {} as Record<SubgraphName, RunningService & { statements: StatementLog }>;
    for (const name of subgraphNames) {
      env[`${envPrefix(name)}_PORT`] = "0";
      env[`${envPrefix(name)}_DATABASE_URL`] = scratch.urls[name];
      services[name] = await starters[name](loadSubgraphConfig(name, env), env);
      running.push(services[name]);
      env[`${envPrefix(name)}_URL`] = services[name].url;
    }
    const gateway = await startGateway(loadGatewayConfig(env));
    running.push(gateway);
    const token = await mintDevToken(loadCommonConfig(env).auth, { role: "MEDICAID_PAYMENT", organisationId: "bench-mmis" });

    const t0 = performance.now();
    const people: ClaimPerson[] = [];
    for (let start = 0; start < population; start += 20_000) people.push(...(await seedClaimPeople(scratch.urls, start, Math.min(20_000, population - start))));
    for (const name of subgraphNames) await pools[name].query("VACUUM ANALYZE");
    console.log(`seeded ${people.length} people (Medicaid ID, screen, stay, determinations) in ${ms(performance.now() - t0)}`);

    // The batch: people spread over the population, one claim line each.
    const step = Math.max(1, Math.floor(people.length / lineCount));
    const batchPeople = Array.from({ length: Math.min(lineCount, people.length) }, (_, n) => people[n * step]!);
    const variables = claimBatchVariables(batchPeople);
    const body = JSON.stringify({ query: claimBatchQuery, variables });
    console.log(`batch: ${batchPeople.length} claim lines, request ${(body.length / 1e6).toFixed(2)} MB`);

    let answerBytes = 0;
    const throughGateway = async () => {
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
      const text = await response.text();
      answerBytes = text.length;
      return JSON.parse(text) as { data?: { individualsByIdentifiers: ({ levelOfCareClaimCoverage: unknown[] } | null)[] }; errors?: unknown[] };
    };
    const floor = floorQueries(pools);
    const medicaidIds = batchPeople.map((p) => p.medicaidId);

    // Correctness once, before timing: every line answered as its story says.
    const checked = await throughGateway();
    if (checked.errors) throw new Error(`the batch failed: ${JSON.stringify(checked.errors).slice(0, 500)}`);
    const wrong = checked.data!.individualsByIdentifiers.filter(
      (person, n) => JSON.stringify(person?.levelOfCareClaimCoverage) !== JSON.stringify([{ line: String(n), ...expectedClaimAnswer(batchPeople[n]!) }]),
    );
    if (wrong.length) throw new Error(`${wrong.length} claim lines answered wrongly`);
    console.log(`answer ${(answerBytes / 1e6).toFixed(2)} MB, every line right`);

    for (let n = 0; n < 2; n += 1) {
      await floor(medicaidIds);
      await throughGateway();
    }
    const timings = { gateway: [] as number[], floor: [] as number[] };
    const statements = Object.fromEntries(subgraphNames.map((name) => [name, 0]));
    for (let n = 0; n < runs; n += 1) {
      let start = performance.now();
      await floor(medicaidIds);
      timings.floor.push(performance.now() - start);
      for (const name of subgraphNames) services[name].statements.reset();
      start = performance.now();
      await throughGateway();
      timings.gateway.push(performance.now() - start);
      for (const name of subgraphNames) statements[name] = services[name].statements.count;
    }
    const [g, f] = [median(timings.gateway), median(timings.floor)];
    console.log(`\n${batchPeople.length} claim lines, median of ${runs} runs (population ${people.length}):`);
    console.log(`  through the gateway: ${ms(g)}   (runs: ${timings.gateway.map((t) => t.toFixed(0)).join(", ")})`);
    console.log(`  raw SQL floor:       ${ms(f)}   (runs: ${timings.floor.map((t) => t.toFixed(0)).join(", ")})`);
    console.log(`  ratio: ${(g / f).toFixed(1)}× (goal ≤ 3×)`);
    console.log(`  SQL statements per request: ${subgraphNames.map((name) => `${name} ${statements[name]}`).join(", ")}`);
  } finally {
    for (const pool of Object.values(pools)) await pool.end();
    for (const service of running.reverse()) await service.stop();
    await scratch.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
