import { seedResidentList } from "../../test/support/resident-list.ts";
import { compareInterleaved, loadCells, medianOf, runsCell, type Target, type TargetRuns } from "./compare.ts";
import { describeMode, measureLoad, preflight, type LoadMode } from "./load.ts";
import { prepareHub, startGatewayProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { goalTable, table, type BenchRow, type Goal } from "./row.ts";
import { fixed } from "./stats.ts";

const onePerson = /* GraphQL */ `
  query OnePerson($id: ID!) {
    individual(id: $id) { id givenName familyName birthDate county state }
  }
`;

/**
 * Row 2, gateway overhead: a query the individuals subgraph answers alone, sent straight to it
 * and through the gateway, (a) as evenly spaced arrivals at half the subgraph's measured maximum,
 * so neither path is saturated, and (b) one request at a time, so nothing queues at all:
 * p50 through the gateway ÷ p50 direct, goal ≤ 1.3 for each.
 */
export const gatewayOverheadRow: BenchRow = {
  title: "2. Gateway overhead: p50 through the gateway ÷ p50 straight to the subgraph, evenly spaced at half the direct maximum and one at a time",
  async run(options) {
    const hub = await prepareHub("postgres", async (subgraphs) => {
      await seedResidentList(subgraphs, 1, 1);
    });
    const processes: ServiceProcess[] = [];
    try {
      const subgraphs = await startSubgraphProcesses(hub);
      processes.push(...subgraphs);
      // Every request here is identical: shared subgraph calls would hide the hop being measured.
      const gateway = await startGatewayProcess({ ...hub, env: { ...hub.env, GATEWAY_SHARE_INFLIGHT_QUERIES: "false" } });
      processes.push(gateway);
      const individuals = subgraphs.find((s) => s.name === "individuals")!;
      const operation = { query: onePerson, variables: { id: "0193b001-0000-7000-8000-000000000000" } };
      const headers = { "content-type": "application/json", authorization: `Bearer ${hub.stateToken}` };
      const body = JSON.stringify(operation);
      const direct: Target = { label: "straight to the individuals subgraph", url: hub.subgraphUrls.individuals, frontPid: individuals.pid, backPids: [] };
      const through: Target = { label: "through the gateway", url: hub.gatewayUrl, frontPid: gateway.pid, backPids: [individuals.pid] };
      options.log("overhead: the subgraph's maximum rate");
      const expectBody = await preflight(direct.url, headers, body);
      const flatOut: LoadMode = { mode: "closed", connections: 10 };
      const target = { url: direct.url, headers, body, expectBody };
      await measureLoad({ ...target, seconds: 2 }, flatOut, [individuals.pid]);
      const maximum = await measureLoad({ ...target, seconds: options.seconds }, flatOut, [individuals.pid]);
      const rate = Math.max(10, Math.floor(maximum.requestsPerSecond / 2));
      const modes: LoadMode[] = [
        { mode: "open", rate },
        { mode: "closed", connections: 1 },
      ];
      const rows: string[][] = [];
      const goals: Goal[] = [];
      for (const mode of modes) {
        const [straight, gatewayRuns] = (await compareInterleaved([direct, through], operation, hub.stateToken, options, mode)) as [TargetRuns, TargetRuns];
        const ratio = medianOf(gatewayRuns, (run) => run.p50) / medianOf(straight, (run) => run.p50);
        for (const r of [straight, gatewayRuns]) rows.push([describeMode(mode), r.target.label, ...loadCells(r), runsCell(r)]);
        const open = mode.mode === "open";
        goals.push({
          id: open ? "overhead.open" : "overhead.one",
          goal: `gateway overhead, p50 through ÷ p50 direct, ${open ? "evenly spaced at half the direct maximum" : "one request at a time"}`,
          value: fixed(ratio, 2),
          target: "≤ 1.3",
          met: Number.isFinite(ratio) ? ratio <= 1.3 : null,
          ...(Number.isFinite(ratio) ? {} : { note: "no valid runs" }),
        });
      }
      return {
        markdown: [
          `PostgreSQL; \`individual(id) { … }\` (individuals alone). Processes: the four subgraphs and the gateway each their own (graphql-js in production mode), the load generator its own. The subgraph's maximum: ${maximum.requestsPerSecond.toFixed(0)} requests/s (closed loop, 10 in flight); then both paths as evenly spaced arrivals at ${rate} requests/s (half that), and one request at a time.`,
          "",
          table(["load", "path", "requests/s", "p50 (ms)", "p99 (ms)", "front process CPU-ms/req", "subgraph behind it CPU-ms/req", "runs"], rows),
          "",
          "The gateway runs with in-flight sharing off (`GATEWAY_SHARE_INFLIGHT_QUERIES=false`), since every request is the same query under the same token: each request through it costs the subgraph a call, as the subgraph CPU column shows.",
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
