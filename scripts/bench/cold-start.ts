import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";
import { prepareHub, startProcess, stopProcess, type BenchDatabase, type PreparedHub, type ServiceProcess } from "./hub.ts";
import { residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { median, percentile, summary, fixed, percent } from "./stats.ts";
import { table, verdict, type BenchRow } from "./row.ts";

/** How the five processes are started: TypeScript through tsx (`npm start`) or the compiled bundles under node (`npm run start:prod`). */
const starts = [
  { label: "tsx (npm start)", entry: (service: string) => `${service}/src/index.ts` },
  { label: "compiled (start:prod)", entry: (service: string) => `${service}/dist/index.js` },
];

interface ColdStart {
  startMs: number;
  firstMs: number;
  warmP50: number;
  hitRate: number;
  lookups: string;
}

/** One cold start: all five processes at once, until the first query is answered, then warm requests. */
async function coldStart(hub: PreparedHub, entry: (service: string) => string, facilityId: string, warmRequests: number): Promise<ColdStart> {
  const t0 = performance.now();
  const services: ServiceProcess[] = await Promise.all([
    ...subgraphNames.map((name) => startProcess(name, entry(`subgraphs/${name}`), hub.env, hub.subgraphUrls[name].replace(/graphql$/, "ready"), [], 25)),
    startProcess("gateway", entry("gateway"), { ...hub.env, LOG_LEVEL: "info" }, hub.gatewayUrl.replace(/graphql$/, "ready"), [], 25, true),
  ]);
  const gateway = services.at(-1)!;
  const ask = async () => {
    const t = performance.now();
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hub.stateToken}` },
      body: JSON.stringify({ query: residentListQuery, variables: { facilityId, on: residentListDay } }),
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`cold-start query failed: ${text.slice(0, 300)}`);
    return performance.now() - t;
  };
  let first: number, startMs: number;
  const warm: number[] = [];
  try {
    first = await ask();
    startMs = performance.now() - t0;
    for (let i = 0; i < warmRequests; i += 1) warm.push(await ask());
  } finally {
    for (const service of services) await stopProcess(service);
  }
  const stopped = gateway
    .output()
    .split("\n")
    .find((line) => line.includes('"queryPlanCache"'));
  const counts = stopped ? (JSON.parse(stopped) as { queryPlanCache: { hits: number; misses: number } }).queryPlanCache : undefined;
  return {
    startMs,
    firstMs: first,
    warmP50: percentile(warm, 50),
    // The first request plans the operation (the one miss warm-up must cost); the rate after it is the steady state.
    hitRate: counts ? counts.hits / (counts.hits + counts.misses - 1) : Number.NaN,
    lookups: counts ? `${counts.misses} miss${counts.misses === 1 ? "" : "es"} in ${counts.hits + counts.misses}` : "not logged",
  };
}

/**
 * Row 7, cold start: all five processes started at once, the time until every one answers /ready
 * and the first query is answered, through tsx (as `npm start`) and compiled (as `npm run
 * start:prod`), interleaved; that first query's latency ÷ the warm p50 of the next requests;
 * and the gateway's query-plan cache hit rate, which the gateway logs when it stops
 * (gateway/src/query-plan-cache.ts).
 */
export const coldStartRow: BenchRow = {
  title: "7. Cold start: process start to first answered query (tsx and compiled), first ÷ warm p50, query-plan cache hit rate",
  async run({ quick, runs, log }) {
    log("building the compiled services (npm run build)");
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: repoRoot, stdio: "ignore" });
    const rows: string[][] = [];
    for (const database of ["postgres", "pglite"] as BenchDatabase[]) {
      let facilityId = "";
      const hub = await prepareHub(database, async (subgraphs) => {
        facilityId = await seedResidentList(subgraphs, 1, 10);
      });
      const measured = starts.map(() => [] as ColdStart[]);
      try {
        // Interleaved (tsx, compiled, tsx, …) so the machine's load falls on both alike.
        for (let run = 0; run < Math.min(runs, 5); run += 1) {
          for (const [index, start] of starts.entries()) {
            log(`cold start on ${database}, ${start.label}, run ${run + 1}`);
            measured[index]!.push(await coldStart(hub, start.entry, facilityId, quick ? 30 : 200));
          }
        }
      } finally {
        await hub.dispose();
      }
      starts.forEach((start, index) => {
        const results = measured[index]!;
        const of = (key: "startMs" | "firstMs" | "warmP50" | "hitRate") => results.map((result) => result[key]);
        const hitRate = median(of("hitRate"));
        rows.push([
          database,
          start.label,
          summary(of("startMs"), 0),
          summary(of("firstMs")),
          summary(of("warmP50")),
          fixed(median(of("firstMs")) / median(of("warmP50"))),
          `${percent(hitRate)} (${results[0]!.lookups})`,
          verdict(hitRate >= 0.99),
        ]);
      });
    }
    return [
      'The residents of a 10-person facility (all four subgraphs), asked by one client, sequentially. "tsx" counts tsx compiling the TypeScript, as `npm start` does; "compiled" runs the `npm run build` bundles with plain node, as `npm run start:prod` does.',
      "",
      table(
        [
          "database",
          "start",
          "start to first answer (ms)",
          "first query (ms)",
          "warm p50 (ms)",
          "first ÷ warm p50",
          "plan-cache hit rate after the first request (lookups, run 1)",
          "hit rate ≈ 100 %",
        ],
        rows,
      ),
    ].join("\n");
  },
};
