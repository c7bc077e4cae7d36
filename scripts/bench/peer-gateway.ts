import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { subgraphNames } from "@pasrr/config/service-names";
import { createServiceCredentialIssuer, serviceCredentialHeader } from "@pasrr/auth/service-credential";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { supergraphFile } from "@pasrr/gateway";
import { freePorts } from "../../test/support/processes.ts";
import { residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { compareInterleaved, firstDifference, frontCpu, loadCells, medianOf, runsCell, type Target, type TargetRuns } from "./compare.ts";
import { describeMode, preflight, type LoadMode } from "./load.ts";
import { prepareHub, startGatewayProcess, startProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { grafbaseUnavailable, startGrafbase } from "./peers/grafbase.ts";
import { goalTable, table, type BenchRow, type Goal } from "./row.ts";
import { fixed } from "./stats.ts";

const residents = 20;

/** The same JSON values, object keys in any order (arrays in theirs); false for text that is not JSON. */
function sameValues(a: string, b: string): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  try {
    return JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));
  } catch {
    return false;
  }
}
const [hiveLabel, routerLabel, grafbaseLabel] = ["Hive Gateway", "Hive Gateway + router-runtime", "Grafbase (grafbase dev, Rust)"];

/** A goal from two measured values, or "not measured" with the reason when a side did not run. */
function ratioGoal(
  id: string,
  goal: string,
  ours: number,
  peer: number,
  target: string,
  met: (ratio: number) => boolean,
  missing: string,
  note?: string,
): Goal {
  const ratio = ours / peer;
  if (!Number.isFinite(ratio)) return { id, goal, value: "n/a", target, met: null, note: missing };
  return { id, goal, value: `${fixed(ours, 2)} ÷ ${fixed(peer, 2)} = ${fixed(ratio, 2)}`, target, met: met(ratio), ...(note ? { note } : {}) };
}

/**
 * Row 1, the peer gateways: the same supergraph, subgraphs and query served by our gateway
 * (@apollo/gateway), Hive Gateway, Hive Gateway with @graphql-hive/router-runtime (Rust query
 * planner) and Grafbase's Rust gateway (the ceiling), each one process, loaded in turn: as fast as
 * each answers (10 in flight), and one request at a time.
 */
export const peerGatewayRow: BenchRow = {
  title: "1. Peer gateways: ours vs Hive Gateway, Hive Gateway + router-runtime and Grafbase, same supergraph, subgraphs and query",
  async run(options) {
    let facilityId = "";
    const hub = await prepareHub("postgres", async (subgraphs) => {
      facilityId = await seedResidentList(subgraphs, 1, residents);
    });
    const processes: ServiceProcess[] = [];
    const notes: string[] = [];
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
      const backPids = subgraphs.map((s) => s.pid);
      // A peer has no service key: the bench signs the credential our gateway would add, fresh for each run (it lives 5 minutes).
      const credential = await createServiceCredentialIssuer("gateway", loadCommonConfig(hub.env));
      const extraHeaders = async () => ({ [serviceCredentialHeader]: await credential.header() });
      const [hivePort, routerPort, grafbasePort] = await freePorts(3);
      const targets: Target[] = [{ label: "ours (@apollo/gateway)", url: hub.gatewayUrl, frontPid: ours.pid, backPids }];
      for (const [label, port, planner] of [
        [hiveLabel, hivePort!, "default"],
        [routerLabel, routerPort!, "router-runtime"],
      ] as const) {
        try {
          const peer = await startProcess(label, "scripts/bench/peers/hive-gateway.ts", hub.env, `http://127.0.0.1:${port}/readiness`, [
            supergraphCopy,
            String(port),
            planner,
          ]);
          processes.push(peer);
          targets.push({ label, url: `http://127.0.0.1:${port}/graphql`, frontPid: peer.pid, backPids, extraHeaders });
        } catch (error) {
          notes.push(`${label} did not start: ${(error as Error).message}`);
        }
      }
      const unavailable = await grafbaseUnavailable();
      if (unavailable) notes.push(`Grafbase skipped: ${unavailable}.`);
      else
        try {
          const peer = await startGrafbase(path.join(hub.env.HUB_DATA_DIR!, "grafbase"), grafbasePort!, hub.subgraphUrls);
          processes.push(peer);
          targets.push({ label: grafbaseLabel, url: `http://127.0.0.1:${grafbasePort}/graphql`, frontPid: peer.pid, backPids, extraHeaders });
        } catch (error) {
          notes.push(`Grafbase did not start: ${(error as Error).message}.`);
        }

      const operation = { query: residentListQuery, variables: { facilityId, on: residentListDay } };
      // Identical answers, or no comparison: a peer whose answer differs from ours in any value (or carries an error) is left out, with
      // where it differs. Object keys are compared as a set: Hive Gateway's JavaScript planner answers some fields out of the query's order.
      const answerOf = async (target: Target) =>
        preflight(
          target.url,
          { "content-type": "application/json", authorization: `Bearer ${hub.stateToken}`, ...(await target.extraHeaders?.()) },
          JSON.stringify(operation),
        );
      const ourAnswer = await answerOf(targets[0]!);
      for (const peer of targets.slice(1)) {
        const answer = await answerOf(peer).catch((error: Error) => `failed: ${error.message.slice(0, 200)}`);
        if (sameValues(answer, ourAnswer)) {
          if (JSON.stringify(JSON.parse(answer)) !== JSON.stringify(JSON.parse(ourAnswer)))
            notes.push(
              `${peer.label} answers the same values with some fields out of the query's order (kept: ${firstDifference(JSON.stringify(JSON.parse(ourAnswer)), JSON.stringify(JSON.parse(answer)), ["ours", peer.label])}).`,
            );
          continue;
        }
        notes.push(`${peer.label} left out: its answer differs from ours, ${firstDifference(ourAnswer, answer, ["ours", peer.label])}.`);
        targets.splice(targets.indexOf(peer), 1);
      }
      for (const note of notes) options.log(note);
      const modes: LoadMode[] = [
        { mode: "closed", connections: 10 },
        { mode: "closed", connections: 1 },
      ];
      const byMode: TargetRuns[][] = [];
      for (const mode of modes) byMode.push(await compareInterleaved(targets, operation, hub.stateToken, options, mode));
      const rows = byMode.flatMap((results) =>
        results.map((r) => [describeMode(r.mode), r.target.label, ...loadCells(r, 1), fixed(r.peakRssMiB, 0), runsCell(r)]),
      );

      const find = (results: TargetRuns[], label: string) => results.find((r) => r.target.label === label);
      const [flatOut, oneAtATime] = byMode as [TargetRuns[], TargetRuns[]];
      const rps = (r: TargetRuns | undefined) => medianOf(r, (run) => run.requestsPerSecond);
      const cpu = (r: TargetRuns | undefined) => medianOf(r, frontCpu);
      const oursOneCpu = cpu(oneAtATime[0]);
      const goals: Goal[] = [
        {
          id: "peer.cpu-one-at-a-time",
          goal: "our gateway's CPU-ms per request, one request at a time",
          value: fixed(oursOneCpu, 2),
          target: "≤ 1.6",
          met: Number.isFinite(oursOneCpu) ? oursOneCpu <= 1.6 : null,
          note: "3.2 before issue 20",
        },
        ...[flatOut, oneAtATime].map((results, i) =>
          ratioGoal(
            "peer.cpu-vs-grafbase",
            "our gateway's CPU-ms per request ÷ Grafbase's",
            cpu(results[0]),
            cpu(find(results, grafbaseLabel)),
            "≤ 3",
            (r) => r <= 3,
            notes.find((n) => n.startsWith("Grafbase")) ?? "Grafbase had no valid run",
            i === 0 ? "10 in flight" : "one at a time",
          ),
        ),
        ratioGoal(
          "peer.throughput-vs-router-runtime",
          "our throughput ÷ Hive Gateway + router-runtime's",
          rps(flatOut[0]),
          rps(find(flatOut, routerLabel)),
          "≥ 1.0",
          (r) => r >= 1,
          "router-runtime had no valid run",
          "10 in flight",
        ),
        ratioGoal(
          "peer.throughput-vs-hive",
          "our throughput ÷ Hive Gateway's (issue 10)",
          rps(flatOut[0]),
          rps(find(flatOut, hiveLabel)),
          "≥ 1.0",
          (r) => r >= 1,
          "Hive Gateway had no valid run",
          "10 in flight",
        ),
        ratioGoal(
          "peer.cpu-vs-hive",
          "our gateway's CPU-ms per request ÷ Hive Gateway's (issue 10)",
          cpu(flatOut[0]),
          cpu(find(flatOut, hiveLabel)),
          "≤ 1.0",
          (r) => r <= 1,
          "Hive Gateway had no valid run",
          "10 in flight",
        ),
      ];
      return {
        markdown: [
          `PostgreSQL; the residents of a ${residents}-person facility with fields from all four subgraphs (\`facility { census { individual { … } } }\`). Processes: the four subgraphs, each gateway and the load generator each their own (the Node gateways with graphql-js in production mode). Load: ${modes.map(describeMode).join("; then ")}; gateways interleaved. CPU-ms per request: the gateway process alone (all its threads), and the four subgraphs together behind it. Every gateway sends the partner's token and the service credential to the subgraphs (the peers forward the one the bench signs for them), and every answer must equal that gateway's pre-flight answer, which in turn must carry no error.`,
          "",
          table(
            ["load", "gateway", "requests/s", "p50 (ms)", "p99 (ms)", "gateway CPU-ms/req", "subgraphs CPU-ms/req", "gateway peak RSS (MiB)", "runs"],
            rows,
          ),
          "",
          "At 10 in flight every connection sends the same query under the same token, so in-flight sharing of identical subgraph calls (ours, Hive's) helps as much as it can; one at a time it cannot help at all. Grafbase runs as `grafbase dev` (the CLI's gateway, composing the same four subgraph SDLs itself); it has no Node runtime, so graphql-js's mode does not apply to it.",
          ...(notes.length ? ["", ...notes.map((note) => `- ${note}`)] : []),
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
