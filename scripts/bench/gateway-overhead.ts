import { seedResidentList } from "../../test/support/resident-list.ts";
import { backCpu, compareInterleaved, frontCpu, type Target } from "./compare.ts";
import { measureLoad, preflight } from "./load.ts";
import { prepareHub, startGatewayProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { table, verdict, type BenchRow } from "./row.ts";
import { fixed, median, summary } from "./stats.ts";

const onePerson = /* GraphQL */ `
  query OnePerson($id: ID!) {
    individual(id: $id) { id givenName familyName birthDate county state }
  }
`;

/**
 * Row 2, gateway overhead: a query the individuals subgraph answers alone, sent straight to it
 * and through the gateway at the same fixed rate, half the subgraph's measured maximum, so
 * neither is saturated: p50 through the gateway ÷ p50 direct, goal ≤ 1.5.
 */
export const gatewayOverheadRow: BenchRow = {
  title: "2. Gateway overhead: p50 through the gateway ÷ p50 straight to the subgraph, at half the direct maximum rate",
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
      await measureLoad({ url: direct.url, headers, body, connections: 10, seconds: 2, expectBody }, [individuals.pid]);
      const maximum = await measureLoad({ url: direct.url, headers, body, connections: 10, seconds: options.seconds, expectBody }, [individuals.pid]);
      const rate = Math.max(10, Math.floor(maximum.requestsPerSecond / 2));
      const [straight, gatewayRuns] = await compareInterleaved([direct, through], operation, hub.stateToken, options, { connections: 10, rate: () => rate });
      const p50 = (runs: typeof straight) => median(runs!.runs.map((run) => run.p50));
      const ratio = p50(gatewayRuns) / p50(straight);
      const rows = [straight!, gatewayRuns!].map((r) => [
        r.target.label,
        summary(
          r.runs.map((run) => run.requestsPerSecond),
          0,
        ),
        summary(
          r.runs.map((run) => run.p50),
          2,
        ),
        summary(
          r.runs.map((run) => run.p99),
          2,
        ),
        summary(r.runs.map(frontCpu), 2),
        r.target.backPids.length ? summary(r.runs.map(backCpu), 2) : "—",
        `${r.runs.length} valid, ${r.invalid} invalid`,
      ]);
      return [
        `PostgreSQL; \`individual(id) { … }\` (individuals alone). The subgraph's maximum: ${maximum.requestsPerSecond.toFixed(0)} requests/s (10 connections); both paths then at a fixed ${rate} requests/s.`,
        "",
        table(["path", "requests/s", "p50 (ms)", "p99 (ms)", "front process CPU-ms/req", "subgraph behind it CPU-ms/req", "runs"], rows),
        "",
        "The gateway runs with in-flight sharing off (`GATEWAY_SHARE_INFLIGHT_QUERIES=false`), since every request is the same query under the same token: each request through it costs the subgraph a call, as the subgraph CPU column shows.",
        "",
        table(["goal", "value", "target", "met?"], [["p50 gateway ÷ p50 direct", fixed(ratio, 2), "≤ 1.5", verdict(ratio <= 1.5)]]),
      ].join("\n");
    } finally {
      for (const service of processes.reverse()) await stopProcess(service);
      await hub.dispose();
    }
  },
};
