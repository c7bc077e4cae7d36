import { performance } from "node:perf_hooks";
import { subgraphNames } from "@pasrr/config/service-names";
import { prepareHub, startProcess, stopProcess, type BenchDatabase, type ServiceProcess } from "./hub.ts";
import { residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { median, percentile, summary, fixed, percent } from "./stats.ts";
import { table, verdict, type BenchRow } from "./row.ts";

/**
 * Row 7, cold start: all five processes started at once (as `npm start` does, through tsx),
 * the time until every one answers /ready and the first query is answered; that first query's
 * latency ÷ the warm p50 of the next requests; and the gateway's query-plan cache hit rate,
 * which the gateway logs when it stops (gateway/src/query-plan-cache.ts).
 */
export const coldStartRow: BenchRow = {
  title: "7. Cold start: process start to first answered query, first ÷ warm p50, query-plan cache hit rate",
  async run({ quick, runs, log }) {
    const rows: string[][] = [];
    for (const database of ["postgres", "pglite"] as BenchDatabase[]) {
      let facilityId = "";
      const hub = await prepareHub(database, async (subgraphs) => {
        facilityId = await seedResidentList(subgraphs, 1, 10);
      });
      const [startMs, firstMs, warmP50, hitRates]: [number[], number[], number[], number[]] = [[], [], [], []];
      const lookups: string[] = [];
      try {
        for (let run = 0; run < Math.min(runs, 5); run += 1) {
          log(`cold start on ${database}, run ${run + 1}`);
          const t0 = performance.now();
          const env = { ...hub.env };
          const services: ServiceProcess[] = await Promise.all([
            ...subgraphNames.map((name) => startProcess(name, `subgraphs/${name}/src/index.ts`, env, hub.subgraphUrls[name].replace(/graphql$/, "ready"), [], 25)),
            startProcess("gateway", "gateway/src/index.ts", { ...env, LOG_LEVEL: "info" }, hub.gatewayUrl.replace(/graphql$/, "ready"), [], 25, true),
          ]);
          const gateway = services.at(-1)!;
          try {
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
            const first = await ask();
            startMs.push(performance.now() - t0);
            firstMs.push(first);
            const warm: number[] = [];
            for (let i = 0; i < (quick ? 30 : 200); i += 1) warm.push(await ask());
            warmP50.push(percentile(warm, 50));
          } finally {
            for (const service of services) await stopProcess(service);
          }
          const stopped = gateway.output().split("\n").find((line) => line.includes('"queryPlanCache"'));
          const counts = stopped ? (JSON.parse(stopped) as { queryPlanCache: { hits: number; misses: number } }).queryPlanCache : undefined;
          // The first request plans the operation (the one miss warm-up must cost); the rate after it is the steady state.
          hitRates.push(counts ? counts.hits / (counts.hits + counts.misses - 1) : Number.NaN);
          lookups.push(counts ? `${counts.misses} miss${counts.misses === 1 ? "" : "es"} in ${counts.hits + counts.misses}` : "not logged");
        }
      } finally {
        await hub.dispose();
      }
      const ratio = median(firstMs) / median(warmP50);
      rows.push([database, summary(startMs, 0), summary(firstMs), summary(warmP50), fixed(ratio), `${percent(median(hitRates))} (${lookups[0]})`, verdict(median(hitRates) >= 0.99)]);
    }
    return [
      "The residents of a 10-person facility (all four subgraphs), asked by one client, sequentially. Start time counts tsx compiling the TypeScript, as `npm start` does.",
      "",
      table(["database", "start to first answer (ms)", "first query (ms)", "warm p50 (ms)", "first ÷ warm p50", "plan-cache hit rate after the first request (lookups, run 1)", "hit rate ≈ 100 %"], rows),
    ].join("\n");
  },
};
