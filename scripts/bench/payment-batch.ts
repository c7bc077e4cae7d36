import { readFile } from "node:fs/promises";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { supergraphFile } from "@pasrr/gateway";
import { loadLevelOfCarePolicy } from "../../subgraphs/levelofcare/src/levelofcare.config.ts";
import {
  claimBatchQuery,
  claimBatchVariables,
  claimBatchFieldQuery,
  expectedClaimAnswer,
  seedClaimPeople,
  type ClaimPerson,
} from "../../test/support/payment-batch.ts";
import { firstDifference } from "./compare.ts";
import { awaitQuietMachine } from "./load-guard.ts";
import { batchContractJson, fairFloor, floorPools, perPersonContractJson, rawFloor, type FairFloorSettings, type Pools } from "./payment-floor.ts";
import { prepareHub, startGatewayProcess, startSubgraphProcesses, stopProcess, type ServiceProcess } from "./hub.ts";
import { cpuDuring } from "./process-meter.ts";
import { goalTable, table, type BenchOptions, type BenchRow, type Goal } from "./row.ts";
import { fixed, median, summary } from "./stats.ts";

const sizes = [100, 1000, 10_000] as const;
type Contract = "individualsByIdentifiers" | "levelOfCareClaimBatch";
const contractLabel: Record<Contract, string> = {
  individualsByIdentifiers: "`individualsByIdentifiers { levelOfCareClaimCoverage(lines) }` (current)",
  levelOfCareClaimBatch: "`levelOfCareClaimBatch(lines) { lines }` (new entry point)",
};

interface Timed {
  raw: number[];
  fair: number[];
  gateway: Record<Contract, number[]>;
  /** CPU-ms of the gateway and of the subgraphs together, per gateway request. */
  gatewayCpu: Record<Contract, number[]>;
  subgraphCpu: Record<Contract, number[]>;
  loadAverages: number[];
  rejected: string[];
}

/**
 * Sends one batch through the gateway on a connection of its own; the answer's text, exactly as it
 * came. A new connection each time: a batch can follow seconds of floor work, long enough for the
 * gateway to close an idle keep-alive socket just as a reused one starts writing 2 MB into it (EPIPE).
 */
function throughGateway(url: string, token: string, body: string): Promise<string> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("error", reject);
        response.once("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (response.statusCode !== 200) reject(new Error(`the batch answered ${response.statusCode}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

/**
 * Row 4, the payment batch: the Medicaid payment system's claim batch at 100, 1,000 and 10,000
 * lines through the gateway, every service its own process as in production, against the
 * raw-SQL floor and the fair floor (payment-floor.ts). Both contracts when the schema has the new one.
 */
export const paymentBatchRow: BenchRow = {
  title: "4. The payment batch at 100 / 1,000 / 10,000 claim lines: through the gateway ÷ the fair floor (goal ≤ 1.5) and ÷ the raw-SQL floor (goal ≤ 3)",
  async run(options: BenchOptions) {
    const population = options.quick ? 10_000 : 100_000;
    const people: ClaimPerson[] = [];
    let urls = {} as Record<SubgraphName, string>;
    // The demo facilities are the claims' facility: seeded when the databases are prepared, not again at each start.
    const hub = await prepareHub(
      "postgres",
      async (_subgraphs, env) => {
        urls = Object.fromEntries(subgraphNames.map((name) => [name, env[`${envPrefix(name)}_DATABASE_URL`]!])) as Record<SubgraphName, string>;
        options.log(`payment: seeding ${population} people`);
        for (let start = 0; start < population; start += 20_000) people.push(...(await seedClaimPeople(urls, start, Math.min(20_000, population - start))));
      },
      { SEED_DEMO_DATA: "true", SUBGRAPH_TIMEOUT_MS: "120000" },
    );
    const pools: Pools = floorPools(urls);
    const processes: ServiceProcess[] = [];
    try {
      for (const name of subgraphNames) await pools[name].query("VACUUM ANALYZE");
      const env = { ...hub.env, SEED_DEMO_DATA: "false" };
      const subgraphs = await startSubgraphProcesses({ ...hub, env });
      processes.push(...subgraphs);
      const gateway = await startGatewayProcess({ ...hub, env });
      processes.push(gateway);
      const subgraphPids = subgraphs.map((s) => s.pid);
      const token = await mintDevToken(loadCommonConfig(env).auth, { role: "MEDICAID_PAYMENT", organisationId: "bench-mmis" });
      const settings: FairFloorSettings = { timeZone: loadCommonConfig(env).clock.timeZone, bedHoldDaysPerYear: loadLevelOfCarePolicy(env).bedHoldDaysPerYear };
      // The new entry point is measured once the schema has it (another branch adds it): the composed supergraph says.
      const contracts: Contract[] = ["individualsByIdentifiers"];
      if (/\blevelOfCareClaimBatch\s*\(/.test(await readFile(supergraphFile, "utf8"))) contracts.push("levelOfCareClaimBatch");
      // `BENCH_PAYMENT_CONTRACT=levelOfCareClaimBatch`: time (and profile) one contract only.
      const chosen = process.env.BENCH_PAYMENT_CONTRACT;
      if (chosen) contracts.splice(0, contracts.length, ...contracts.filter((contract) => contract === chosen));

      const bySize = new Map<number, Timed>();
      const notes: string[] = [];
      for (const size of sizes) {
        // The batch: people spread over the population, one claim line each, in line order.
        const step = Math.max(1, Math.floor(people.length / size));
        const batch = Array.from({ length: Math.min(size, people.length) }, (_, n) => people[n * step]!);
        const variables = claimBatchVariables(batch);
        const bodies: Record<Contract, string> = {
          individualsByIdentifiers: JSON.stringify({ query: claimBatchQuery, variables }),
          levelOfCareClaimBatch: JSON.stringify({ query: claimBatchFieldQuery, variables: { lines: variables.lines } }),
        };
        const medicaidIds = batch.map((p) => p.medicaidId);
        // Correctness before timing: every line as its story says, and the gateway's answer byte for byte the fair floor's.
        const answers = await fairFloor(pools, variables.lines, settings);
        const wrong = answers.filter((answer, n) => JSON.stringify(answer) !== JSON.stringify({ line: String(n), ...expectedClaimAnswer(batch[n]!) }));
        if (wrong.length) throw new Error(`the fair floor answered ${wrong.length} of ${size} lines against their stories`);
        const expected: Record<Contract, string> = {
          individualsByIdentifiers: perPersonContractJson(variables.ids, variables.lines, answers),
          levelOfCareClaimBatch: batchContractJson(answers),
        };
        for (const contract of contracts) {
          const text = await throughGateway(hub.gatewayUrl, token, bodies[contract]);
          if (text !== expected[contract])
            throw new Error(
              `${size} lines, ${contract}: the gateway's answer differs from the fair floor's ${firstDifference(text, expected[contract], ["gateway", "fair floor"])}`,
            );
        }
        options.log(`payment: ${size} lines, ${contracts.length} contract(s), answers identical to the fair floor`);
        // Two warm-ups of each, then the runs interleaved: raw, fair, each contract.
        for (let n = 0; n < 2; n += 1) {
          await rawFloor(pools, medicaidIds);
          await fairFloor(pools, variables.lines, settings);
          for (const contract of contracts) await throughGateway(hub.gatewayUrl, token, bodies[contract]);
        }
        const timed: Timed = {
          raw: [],
          fair: [],
          gateway: { individualsByIdentifiers: [], levelOfCareClaimBatch: [] },
          gatewayCpu: { individualsByIdentifiers: [], levelOfCareClaimBatch: [] },
          subgraphCpu: { individualsByIdentifiers: [], levelOfCareClaimBatch: [] },
          loadAverages: [],
          rejected: [],
        };
        const runs = size === 10_000 || options.quick ? options.runs : options.runs + 2;
        for (let run = 0, attempts = 0; run < runs; attempts += 1) {
          // Over the bound after the guard's wait: wait again rather than measure, up to `retries` times in the row's series;
          // after that a run over the bound is measured and reported rejected, never taken as the record.
          const loadAverage = await awaitQuietMachine(options.guard);
          if (loadAverage > options.guard.bound && !options.guard.noteOnly && attempts - run < options.guard.retries) continue;
          let start = performance.now();
          await rawFloor(pools, medicaidIds);
          const raw = performance.now() - start;
          start = performance.now();
          const fair = batchContractJson(await fairFloor(pools, variables.lines, settings));
          const fairMs = performance.now() - start;
          if (fair.length === 0) throw new Error("the fair floor built no answer");
          const round: Partial<Record<Contract, { ms: number; cpu: number[] }>> = {};
          for (const contract of contracts) {
            const { result, cpuMs } = await cpuDuring([gateway.pid, ...subgraphPids], async () => {
              const began = performance.now();
              const text = await throughGateway(hub.gatewayUrl, token, bodies[contract]);
              return { ms: performance.now() - began, text };
            });
            if (result.text !== expected[contract]) throw new Error(`${size} lines, ${contract}: a timed answer differs from the checked one`);
            round[contract] = { ms: result.ms, cpu: cpuMs };
          }
          options.log(
            `payment ${size} lines, run ${run + 1}/${runs}: raw ${raw.toFixed(0)} ms, fair ${fairMs.toFixed(0)} ms, ${contracts.map((c) => `${c} ${round[c]!.ms.toFixed(0)} ms`).join(", ")}, load ${loadAverage.toFixed(2)}`,
          );
          if (loadAverage > options.guard.bound && !options.guard.noteOnly) {
            timed.rejected.push(`rejected: load average ${loadAverage.toFixed(2)} over bound ${options.guard.bound.toFixed(1)}`);
            run += 1;
            continue;
          }
          timed.raw.push(raw);
          timed.fair.push(fairMs);
          timed.loadAverages.push(loadAverage);
          for (const contract of contracts) {
            timed.gateway[contract].push(round[contract]!.ms);
            timed.gatewayCpu[contract].push(round[contract]!.cpu[0]!);
            timed.subgraphCpu[contract].push(round[contract]!.cpu.slice(1).reduce((sum, ms) => sum + ms, 0));
          }
          run += 1;
        }
        bySize.set(size, timed);
      }

      const rows: string[][] = [];
      const goals: Goal[] = [];
      for (const contract of contracts) {
        for (const size of sizes) {
          const t = bySize.get(size)!;
          const g = median(t.gateway[contract]);
          rows.push([
            contractLabel[contract],
            size.toLocaleString("en-US"),
            summary(t.gateway[contract], 0),
            summary(t.fair, 0),
            summary(t.raw, 0),
            fixed(g / median(t.fair), 2),
            fixed(g / median(t.raw), 2),
            fixed((g * 1000) / size, 0),
            fixed(median(t.gatewayCpu[contract]), 0),
            fixed(median(t.subgraphCpu[contract]), 0),
            `${t.gateway[contract].length} valid${t.rejected.length ? `, ${t.rejected.length} ${t.rejected[0]}` : ""}${t.loadAverages.length ? `, load avg at start ${fixed(Math.min(...t.loadAverages), 1)}–${fixed(Math.max(...t.loadAverages), 1)}` : ""}`,
          ]);
        }
        const at = (size: number) => median(bySize.get(size)!.gateway[contract]);
        const fair = at(10_000) / median(bySize.get(10_000)!.fair);
        const raw = at(10_000) / median(bySize.get(10_000)!.raw);
        const growth = at(10_000) / 10_000 / (at(1000) / 1000);
        const note = contract === "individualsByIdentifiers" ? "current contract" : "new entry point";
        const ok = (value: number, met: (v: number) => boolean): Pick<Goal, "met"> & Partial<Goal> =>
          Number.isFinite(value) ? { met: met(value) } : { met: null, note: `${note}: no valid runs` };
        goals.push(
          {
            id: "payment.fair",
            goal: "payment batch at 10,000 lines ÷ fair floor",
            value: fixed(fair, 2),
            target: "≤ 1.5",
            note,
            ...ok(fair, (v) => v <= 1.5),
          },
          { id: "payment.raw", goal: "payment batch at 10,000 lines ÷ raw-SQL floor", value: fixed(raw, 2), target: "≤ 3", note, ...ok(raw, (v) => v <= 3) },
          { id: "payment.per-line", goal: "time per line at 10,000 ÷ at 1,000", value: fixed(growth, 2), target: "≤ 1.0", note, ...ok(growth, (v) => v <= 1) },
        );
      }
      if (!contracts.includes("levelOfCareClaimBatch"))
        notes.push("The new entry point `levelOfCareClaimBatch` is not in schema/supergraph.graphql at this commit: measured once it is.");
      return {
        markdown: [
          `PostgreSQL, ${population.toLocaleString("en-US")} synthetic people (Medicaid ID, Level I screen, stay, determinations in six stories); one claim line per person, people spread over the population. Processes: the four subgraphs and the gateway each their own (graphql-js in production mode), as in production; the client and both floors in the bench's process. Load: one batch at a time, each side timed from request to the whole answer read; two warm-ups, then the runs interleaved (raw floor, fair floor, each contract); ${options.runs} runs at 10,000 lines, ${options.quick ? options.runs : options.runs + 2} at 100 and 1,000.`,
          "",
          "- **Raw-SQL floor**: the same lookups as the gateway's plan, one hand-written query per database, rows read back.",
          "- **Fair floor**: the rows read with raw SQL, then the subgraphs' own rule functions (screenings' compliance history, levelofcare's coverage with the facts `personCoverageFacts` gathers, facilities' stay periods, levelofcare's line matching), building one answer per line in line order. Before timing, every line's answer is checked against its story, and the gateway's whole answer must equal the fair floor's byte for byte (the current contract's per-person lists are the same line answers regrouped); every timed answer must equal it again. What the fair floor leaves out is the hub's own cost: GraphQL, HTTP between the services, access checks, the router's plan.",
          "",
          table(
            [
              "contract",
              "lines",
              "gateway (ms)",
              "fair floor (ms)",
              "raw floor (ms)",
              "÷ fair",
              "÷ raw",
              "gateway µs/line",
              "gateway CPU-ms/batch",
              "subgraphs CPU-ms/batch",
              "runs",
            ],
            rows,
          ),
          ...(notes.length ? ["", ...notes.map((note) => `- ${note}`)] : []),
          "",
          goalTable(goals),
        ].join("\n"),
        goals,
      };
    } finally {
      for (const pool of Object.values(pools)) await pool.end();
      for (const service of processes.reverse()) await stopProcess(service);
      await hub.dispose();
    }
  },
};
