import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { subgraphNames } from "@pasrr/config/service-names";
import { supergraphFile } from "@pasrr/gateway";
import { freePorts } from "../../test/support/processes.ts";
import { residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { backCpu, compareInterleaved, frontCpu, type Target } from "./compare.ts";
import { prepareHub, startGatewayProcess, startProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { table, verdict, type BenchRow } from "./row.ts";
import { fixed, median, summary } from "./stats.ts";

const residents = 20;

/**
 * Row 1, the peer gateway: the same supergraph file, subgraphs and query served by our gateway
 * (@apollo/gateway) and by Hive Gateway, each one process, loaded in turn; Hive Gateway with
 * @graphql-hive/router-runtime (Rust query planner) as the stretch target.
 */
export const peerGatewayRow: BenchRow = {
  title: "1. Peer gateway: ours vs Hive Gateway (and Hive Gateway + router-runtime), same supergraph, subgraphs and query",
  async run(options) {
    let facilityId = "";
    const hub = await prepareHub("postgres", async (subgraphs) => {
      facilityId = await seedResidentList(subgraphs, 1, residents);
    });
    const processes: ServiceProcess[] = [];
    try {
      // The checked-in supergraph, with the subgraph URLs pointed at this run's ports (our gateway takes them from configuration).
      let supergraph = await readFile(supergraphFile, "utf8");
      for (const name of subgraphNames)
        supergraph = supergraph.replace(new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]+`), `$1${hub.subgraphUrls[name]}`);
      const supergraphCopy = path.join(hub.env.HUB_DATA_DIR!, "supergraph.graphql");
      await writeFile(supergraphCopy, supergraph);

      const subgraphs = await startSubgraphProcesses(hub);
      processes.push(...subgraphs);
      const ours = await startGatewayProcess(hub);
      processes.push(ours);
      const [hivePort, routerPort] = await freePorts(2);
      const targets: Target[] = [{ label: "ours (@apollo/gateway)", url: hub.gatewayUrl, frontPid: ours.pid, backPids: subgraphs.map((s) => s.pid) }];
      for (const [label, port, planner] of [
        ["Hive Gateway", hivePort!, "default"],
        ["Hive Gateway + router-runtime", routerPort!, "router-runtime"],
      ] as const) {
        try {
          const peer = await startProcess(label, "scripts/bench/peers/hive-gateway.ts", hub.env, `http://127.0.0.1:${port}/readiness`, [
            supergraphCopy,
            String(port),
            planner,
          ]);
          processes.push(peer);
          targets.push({ label, url: `http://127.0.0.1:${port}/graphql`, frontPid: peer.pid, backPids: subgraphs.map((s) => s.pid) });
        } catch (error) {
          options.log(`${label} did not start: ${(error as Error).message}`);
        }
      }
      const results = await compareInterleaved(targets, { query: residentListQuery, variables: { facilityId, on: residentListDay } }, hub.stateToken, options, {
        connections: 10,
      });
      const [our, hive, router] = [
        results[0]!,
        results.find((r) => r.target.label === "Hive Gateway"),
        results.find((r) => r.target.label.includes("router-runtime")),
      ];
      const rps = (r: typeof our) => median(r.runs.map((run) => run.requestsPerSecond));
      const cpu = (r: typeof our) => median(r.runs.map(frontCpu));
      const rows = results.map((r) => [
        r.target.label,
        summary(
          r.runs.map((run) => run.requestsPerSecond),
          0,
        ),
        summary(
          r.runs.map((run) => run.p50),
          0,
        ),
        summary(r.runs.map(frontCpu), 2),
        summary(r.runs.map(backCpu), 2),
        fixed(r.peakRssMiB, 0),
        `${r.runs.length} valid, ${r.invalid} invalid`,
      ]);
      const goals: string[][] = [];
      if (hive?.runs.length && our.runs.length) {
        goals.push(["throughput ours ÷ Hive Gateway", fixed(rps(our) / rps(hive), 2), "≥ 1.0", verdict(rps(our) / rps(hive) >= 1)]);
        goals.push(["gateway CPU-ms per request ours ÷ Hive Gateway", fixed(cpu(our) / cpu(hive), 2), "≤ 1.0", verdict(cpu(our) / cpu(hive) <= 1)]);
      } else goals.push(["ours ÷ Hive Gateway", "n/a", "≥ 1.0", "**NOT measured** (Hive Gateway did not run)"]);
      if (router?.runs.length && our.runs.length)
        goals.push(["throughput ours ÷ router-runtime (stretch)", fixed(rps(our) / rps(router), 2), "≥ 0.5", verdict(rps(our) / rps(router) >= 0.5)]);
      else
        goals.push([
          "throughput ours ÷ router-runtime (stretch)",
          "n/a",
          "≥ 0.5",
          "**NOT measured** (router-runtime did not run on Node " + process.versions.node + ")",
        ]);
      return [
        `PostgreSQL; the residents of a ${residents}-person facility with fields from all four subgraphs (\`facility { census { individual { … } } }\`), 10 connections, as fast as each gateway answers. CPU-ms per request: the gateway process alone, and the four subgraphs together behind it.`,
        "",
        table(["gateway", "requests/s", "p50 (ms)", "gateway CPU-ms/req", "subgraphs CPU-ms/req", "gateway peak RSS (MiB)", "runs"], rows),
        "",
        table(["goal", "value", "target", "met?"], goals),
      ].join("\n");
    } finally {
      for (const service of processes.reverse()) await stopProcess(service);
      await hub.dispose();
    }
  },
};
