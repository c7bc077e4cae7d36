import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { runsCell, type TargetRuns } from "./compare.ts";
import { describeMode, measureGuarded, measureLoad, preflight, type LoadMode } from "./load.ts";
import { prepareHub, startGatewayProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { goalTable, table, type BenchRow, type Goal } from "./row.ts";
import { fixed, median, summary } from "./stats.ts";

const sizes = [10, 100, 1000] as const;
type Size = (typeof sizes)[number];

/**
 * The recorded baseline (issue 20): this row run on the code the issue started from, before the
 * hot loaders and coverage were rewritten — commit 3ba4cf9 (main), `npx tsx scripts/bench/run.ts
 * --only=residents --note-load` on 2026-12-06 00:36 UTC: this row's method, 5 runs of 8 s per size,
 * one request at a time, on this machine kind (2 cores) while other helpers' suites loaded it
 * (1-minute load average 11.7–14.6 at the runs' starts, so the guard only noted it). CPU-ms per
 * resident, medians of the runs; `together` is the median of each run's sum (not the sum of medians).
 * n = 1,000 rests on 5–9 requests per run.
 */
export const residentsBaseline: { commit: string; measuredOn: string; cpuMsPerResident: Record<Size, Record<SubgraphName | "together", number>> } = {
  commit: "3ba4cf9",
  measuredOn: "2026-12-06, load average 11.7–14.6",
  cpuMsPerResident: {
    10: { individuals: 0.632, screenings: 0.586, levelofcare: 0.479, facilities: 1.379, together: 3.0 },
    100: { individuals: 0.1, screenings: 0.096, levelofcare: 0.091, facilities: 0.289, together: 0.578 },
    1000: { individuals: 0.058, screenings: 0.058, levelofcare: 0.078, facilities: 0.196, together: 0.406 },
  },
};

/**
 * Row 8, the residents series: the residents of a facility (row 3's query, fields from all four
 * subgraphs) at n = 10, 100 and 1,000, one request at a time through the gateway, every service
 * its own process: CPU-ms per resident in each subgraph, from /proc/<pid>/stat. Goal: at n = 1,000,
 * half of the recorded baseline.
 */
export const residentsRow: BenchRow = {
  title: "8. Residents series: subgraph CPU-ms per resident at n = 10 / 100 / 1,000 (goal at 1,000: half the recorded baseline)",
  async run(options) {
    const facilities = {} as Record<Size, string>;
    const hub = await prepareHub("postgres", async (subgraphs) => {
      for (const [block, n] of sizes.entries()) facilities[n] = await seedResidentList(subgraphs, block + 1, n);
    });
    const processes: ServiceProcess[] = [];
    try {
      const subgraphs = await startSubgraphProcesses(hub);
      processes.push(...subgraphs);
      const gateway = await startGatewayProcess(hub);
      processes.push(gateway);
      const pids = [gateway.pid, ...subgraphNames.map((name) => subgraphs.find((s) => s.name === name)!.pid)];
      const headers = { "content-type": "application/json", authorization: `Bearer ${hub.stateToken}` };
      const mode: LoadMode = { mode: "closed", connections: 1 };
      const targets = await Promise.all(
        sizes.map(async (n) => {
          const body = JSON.stringify({ query: residentListQuery, variables: { facilityId: facilities[n], on: residentListDay } });
          const expectBody = await preflight(hub.gatewayUrl, headers, body);
          if ((JSON.parse(expectBody) as { data: { facility: { census: unknown[] } } }).data.facility.census.length !== n)
            throw new Error(`the list of ${n} is not ${n} long`);
          return { n, request: { url: hub.gatewayUrl, headers, body, expectBody } };
        }),
      );
      for (const { n, request } of targets) {
        options.log(`warm-up: n = ${n}`);
        await measureLoad({ ...request, seconds: Math.max(2, Math.round(options.seconds / 2)) }, mode, pids);
      }
      const results = new Map<Size, TargetRuns>(
        sizes.map((n) => [
          n,
          {
            target: { label: `n = ${n}`, url: hub.gatewayUrl, frontPid: gateway.pid, backPids: pids.slice(1) },
            mode,
            runs: [],
            invalid: [],
            overBound: 0,
            peakRssMiB: 0,
          },
        ]),
      );
      for (let run = 0; run < options.runs; run += 1) {
        for (const { n, request } of targets) {
          const result = results.get(n)!;
          const measured = await measureGuarded({ ...request, seconds: options.seconds }, mode, pids, options.guard);
          options.log(
            `run ${run + 1}/${options.runs} n = ${n}: ${measured.requests} requests, load ${measured.loadAverage.toFixed(2)}${measured.valid ? "" : ` — INVALID (${measured.invalidBecause})`}`,
          );
          if (measured.valid) {
            result.runs.push(measured);
            if (measured.overBound) result.overBound += 1;
          } else result.invalid.push(measured.invalidBecause ?? "invalid");
        }
      }
      const perResident = (n: Size, name: SubgraphName) => (results.get(n)?.runs ?? []).map((run) => run.cpuMsPerRequest[1 + subgraphNames.indexOf(name)]! / n);
      const together = (n: Size) => (results.get(n)?.runs ?? []).map((run) => run.cpuMsPerRequest.slice(1).reduce((sum, ms) => sum + ms, 0) / n);
      const rows = sizes.map((n) => {
        const r = results.get(n)!;
        return [
          String(n),
          summary(
            r.runs.map((run) => run.p50),
            1,
          ),
          summary(
            r.runs.map((run) => run.cpuMsPerRequest[0]!),
            2,
          ),
          ...subgraphNames.map((name) => summary(perResident(n, name), 3)),
          summary(together(n), 3),
          fixed(residentsBaseline.cpuMsPerResident[n].together, 3),
          runsCell(r),
        ];
      });
      const now = median(together(1000));
      const base = residentsBaseline.cpuMsPerResident[1000].together;
      const ratio = now / base;
      const goals: Goal[] = [
        {
          id: "residents.cpu-halved",
          goal: "subgraph CPU-ms per resident at n = 1,000 ÷ the recorded baseline",
          value: Number.isFinite(ratio) ? `${fixed(now, 3)} ÷ ${fixed(base, 3)} = ${fixed(ratio, 2)}` : `${fixed(now, 3)} (no baseline)`,
          target: "≤ 0.5",
          met: Number.isFinite(ratio) ? ratio <= 0.5 : null,
          ...(Number.isFinite(ratio) ? {} : { note: "no recorded baseline" }),
        },
      ];
      const baselineRows = sizes.map((n) => [
        String(n),
        ...(["individuals", "screenings", "levelofcare", "facilities", "together"] as const).map((name) =>
          fixed(residentsBaseline.cpuMsPerResident[n][name], 3),
        ),
      ]);
      return {
        markdown: [
          `PostgreSQL; \`facility { census { individual { … levelOneScreens levelOfCareDeterminations { facility } stays } } }\` for facilities of 10, 100 and 1,000 residents, through the gateway, ${describeMode(mode)}, sizes interleaved. Processes: the four subgraphs and the gateway each their own (graphql-js in production mode), the load generator its own. CPU-ms per resident: the subgraph process's CPU over the run ÷ requests ÷ n.`,
          "",
          table(
            [
              "n",
              "p50 (ms)",
              "gateway CPU-ms/req",
              ...subgraphNames.map((name) => `${name} CPU-ms/resident`),
              "subgraphs together CPU-ms/resident",
              "baseline (together)",
              "runs",
            ],
            rows,
          ),
          "",
          `Recorded baseline, CPU-ms per resident (commit ${residentsBaseline.commit}, the code before issue 20's loader and coverage work; ${residentsBaseline.measuredOn}; this row's method, 5 runs of 8 s per size, on this machine kind while other suites also ran; \`together\` is the median of each run's sum):`,
          "",
          table(["n", ...subgraphNames, "together"], baselineRows),
          "",
          "The baseline was taken while other suites loaded the machine. CPU time per resident moved little with load in smoke runs of the same code (0.406 at load 12–15, 0.417 at load 18), but a quiet machine may read lower than a busy one; to re-record it on the record's machine, run this row (`--only=residents`) in a worktree of this branch with `subgraphs/`, `packages/` and `gateway/` checked out at the baseline commit, and write the values here.",
          "",
          goalTable(goals),
        ].join("\n"),
        goals,
      };
    } finally {
      for (const service of processes.reverse()) await stopProcess(service);
      await hub.dispose();
    }
  },
};
