/**
 * `npm run bench`: the benchmark suite of issue 10, row by row, written to BENCHMARKS.md with
 * the machine, the versions and the date. `--quick` is a smoke run (short, fewer runs; its
 * numbers are not for the record and it writes BENCHMARKS.quick.md instead).
 * Needs PostgreSQL at 127.0.0.1:5432 (TEST_POSTGRES_URL / BENCH_POSTGRES_URL to change it).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { repoRoot } from "@pasrr/config/repo-paths";
import { coldStartRow } from "./cold-start.ts";
import { warmUpSeconds } from "./compare.ts";
import { gatewayOverheadRow } from "./gateway-overhead.ts";
import { identityRow } from "./identity.ts";
import { nPlusOneRow } from "./n-plus-one.ts";
import { ormCostRow } from "./orm-cost.ts";
import { paymentBatchRow } from "./payment-batch.ts";
import { peerGatewayRow } from "./peer-gateway.ts";
import { residentsRow } from "./residents.ts";
import { uiRow } from "./ui.ts";
import { describeGuard, loadAverages, loadGuardFor } from "./load-guard.ts";
import { goalTable, verdict, table, type BenchOptions, type BenchRow, type Goal } from "./row.ts";

// Services started in this process (to migrate and seed) log only what matters; the report is the output.
process.env.LOG_LEVEL ??= "warn";
const quick = process.argv.includes("--quick");
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const started = performance.now();
const options: BenchOptions = {
  quick,
  runs: quick ? 2 : 5,
  seconds: quick ? 2 : 8,
  // `--note-load`: note a run over the load bound and keep it, as --quick does (a recorded baseline taken on a busy shared machine says so).
  guard: loadGuardFor(quick || process.argv.includes("--note-load")),
  log: (message) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`),
};

// In the order of the issues; the residents series is issue 20's.
const rows: [string, BenchRow][] = [
  ["peer", peerGatewayRow],
  ["overhead", gatewayOverheadRow],
  ["n+1", nPlusOneRow],
  ["payment", paymentBatchRow],
  ["identity", identityRow],
  ["orm", ormCostRow],
  ["cold", coldStartRow],
  ["residents", residentsRow],
  ["ui", uiRow],
];

const version = (name: string) => (JSON.parse(readFileSync(path.join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
async function postgresVersion() {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("show server_version")).rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

// Only a full run of every row is the record; a quick or partial run writes beside it (git-ignored).
const file = path.join(repoRoot, quick || only ? "BENCHMARKS.quick.md" : "BENCHMARKS.md");
// The tuning record is kept by hand beside the rows (what changed, what it bought) and travels with every report.
const tuning = readFileSync(path.join(repoRoot, "scripts/bench/tuning-log.md"), "utf8");
const pgVersion = await postgresVersion();
const sections: string[] = [];
const goals: Goal[] = [];

/** Every goal of issue 20, listed whether or not this run measured it, in this order. */
const issueGoals: { id: string; goal: string; target: string; row: string }[] = [
  { id: "peer.cpu-one-at-a-time", goal: "our gateway's CPU-ms per request, one request at a time", target: "≤ 1.6", row: "peer" },
  { id: "peer.cpu-vs-grafbase", goal: "our gateway's CPU-ms per request ÷ Grafbase's", target: "≤ 3", row: "peer" },
  { id: "peer.throughput-vs-router-runtime", goal: "our throughput ÷ Hive Gateway + router-runtime's", target: "≥ 1.0", row: "peer" },
  { id: "overhead.open", goal: "gateway overhead p50 ÷ direct p50, evenly spaced at half the direct maximum", target: "≤ 1.3", row: "overhead" },
  { id: "overhead.one", goal: "gateway overhead p50 ÷ direct p50, one request at a time", target: "≤ 1.3", row: "overhead" },
  { id: "payment.fair", goal: "payment batch at 10,000 lines ÷ fair floor", target: "≤ 1.5", row: "payment" },
  { id: "payment.raw", goal: "payment batch at 10,000 lines ÷ raw-SQL floor", target: "≤ 3", row: "payment" },
  { id: "payment.per-line", goal: "payment batch time per line at 10,000 ÷ at 1,000", target: "≤ 1.0", row: "payment" },
  { id: "loaders.100", goal: "hot loaders ÷ raw pg at 100 keys (row 6)", target: "≤ 1.3", row: "orm" },
  { id: "loaders.1000", goal: "hot loaders ÷ raw pg at 1,000 keys (row 6)", target: "≤ 1.3", row: "orm" },
  { id: "residents.cpu-halved", goal: "subgraph CPU-ms per resident at n = 1,000 ÷ the recorded baseline", target: "≤ 0.5", row: "residents" },
  { id: "ui.first-load-js", goal: "UI JavaScript before the first worklist, gzipped (issue 23)", target: "≤ 250 KB", row: "ui" },
  { id: "ui.first-worklist", goal: "UI: navigation to the first worklist row with data, cold, median (issue 23)", target: "≤ 1500 ms", row: "ui" },
];

function goalsSection(): string {
  const rows = issueGoals.map((wanted) => {
    const found = goals.filter((g) => g.id === wanted.id);
    if (found.length === 0) return [wanted.goal, "—", wanted.target, only && !only.includes(wanted.row) ? "not in this run" : verdict(null)];
    return [wanted.goal, found.map((g) => g.value).join("; "), wanted.target, found.map((g) => `${verdict(g.met)}${g.note ? ` (${g.note})` : ""}`).join("; ")];
  });
  const others = goals.filter((g) => !issueGoals.some((wanted) => wanted.id === g.id));
  return [
    "## Goals of issue 20",
    "",
    "Collected from the rows above (each row returns its goals).",
    "",
    table(["goal", "value", "target", "met?"], rows),
    ...(others.length ? ["", "Further goals the rows measured:", "", goalTable(others)] : []),
  ].join("\n");
}

/** Writes the report; called after every row, so a run cut short still leaves the rows it measured. */
function writeReport(finished: boolean) {
  const load = loadAverages();
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
  const header = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench${quick ? " -- --quick" : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at commit ${commit}, ${finished ? "in" : "still running after"} ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`,
    "",
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; load average when written ${load} (1 / 5 / 15 min).`,
    `- Node ${process.versions.node}; PostgreSQL ${pgVersion}; @apollo/gateway ${version("@apollo/gateway")}, @apollo/server ${version("@apollo/server")}, @graphql-hive/gateway ${version("@graphql-hive/gateway")}, @graphql-hive/router-runtime ${version("@graphql-hive/router-runtime")}, @grafbase/cli ${version("@grafbase/cli-x86_64-unknown-linux-musl")}, prisma ${version("@prisma/client")}, pg ${version("pg")}.`,
    `- Method (issue 20): our own load generator (scripts/bench/load-worker.ts, node:http with keep-alive) in its own process, in one of three modes each row names — evenly spaced arrivals at a constant rate (open loop: request k sent at t0 + k ÷ rate whatever is in flight, latency from its due time, so no coordinated omission), one request at a time (closed loop, 1 in flight), or as fast as the server answers (closed loop, 10 in flight); each service's CPU time from /proc/<pid>/stat (utime + stime) over the run ÷ requests; peak RSS from VmHWM; every Node process the bench starts runs graphql-js in production mode; a warm-up run of each configuration first (${warmUpSeconds(options)} s: a Node process answers its first ~2,000 requests at up to three times the CPU of later ones); compared configurations interleaved (A B A B …), ${options.runs} runs each of ${options.seconds} s; median and coefficient of variation (CV); a run with any non-2xx answer, socket error or answer differing from the pre-flight answer (GraphQL errors included) is invalid and reported.`,
    `- Load: ${describeGuard(options.guard)}. Each row gives the load average at its start.`,
    ...(quick ? ["- **Quick smoke run: too short to be the record.**"] : []),
    "",
  ].join("\n");
  writeFileSync(file, `${header}\n${[...sections, goalsSection()].join("\n\n")}\n\n${tuning}`);
}

for (const [key, row] of rows) {
  if (only && !only.includes(key)) continue;
  options.log(`— ${row.title}`);
  const startedAt = `Load average at the row's start: ${loadAverages()} (1 / 5 / 15 min).`;
  try {
    const result = await row.run(options);
    const markdown = typeof result === "string" ? result : result.markdown;
    goals.push(...(typeof result === "string" ? [] : result.goals));
    sections.push(`## ${row.title}\n\n${startedAt}\n\n${markdown}`);
  } catch (error) {
    // A row that cannot run stays in the report with its reason: no goal is hidden.
    console.error(error);
    sections.push(`## ${row.title}\n\n${startedAt}\n\n**Not measured: the row failed** — ${(error as Error).message.split("\n")[0]}`);
  }
  writeReport(false);
}
writeReport(true);
options.log(`wrote ${path.relative(repoRoot, file)}`);
