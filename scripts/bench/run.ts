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
import { gatewayOverheadRow } from "./gateway-overhead.ts";
import { identityRow } from "./identity.ts";
import { nPlusOneRow } from "./n-plus-one.ts";
import { ormCostRow } from "./orm-cost.ts";
import { paymentBatchRow } from "./payment-batch.ts";
import { peerGatewayRow } from "./peer-gateway.ts";
import type { BenchOptions, BenchRow } from "./row.ts";

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
  log: (message) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`),
};

// In the order of the issue; the payment batch row is a hook until its script is merged.
const rows: [string, BenchRow][] = [
  ["peer", peerGatewayRow],
  ["overhead", gatewayOverheadRow],
  ["n+1", nPlusOneRow],
  ["payment", paymentBatchRow],
  ["identity", identityRow],
  ["orm", ormCostRow],
  ["cold", coldStartRow],
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

/** Writes the report; called after every row, so a run cut short still leaves the rows it measured. */
function writeReport(finished: boolean) {
  const load = os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(" / ");
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
  const header = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench${quick ? " -- --quick" : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at commit ${commit}, ${finished ? "in" : "still running after"} ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`,
    "",
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; load average when written ${load} (1 / 5 / 15 min).`,
    `- Node ${process.versions.node}; PostgreSQL ${pgVersion}; @apollo/gateway ${version("@apollo/gateway")}, @apollo/server ${version("@apollo/server")}, @graphql-hive/gateway ${version("@graphql-hive/gateway")}, @graphql-hive/router-runtime ${version("@graphql-hive/router-runtime")}, autocannon ${version("autocannon")}, prisma ${version("@prisma/client")}, pg ${version("pg")}.`,
    `- Method (issue 10): autocannon in its own process; each service's CPU time from /proc/<pid>/stat (utime + stime) over the run ÷ requests; peak RSS from VmHWM; a warm-up run first; compared configurations interleaved (A B A B …), ${options.runs} runs each of ${options.seconds} s; median and coefficient of variation (CV); a run with any non-2xx answer, socket error or answer differing from the pre-flight answer (GraphQL errors included) is invalid and reported.`,
    ...(quick ? ["- **Quick smoke run: too short to be the record.**"] : []),
    "",
  ].join("\n");
  writeFileSync(file, `${header}\n${sections.join("\n\n")}\n\n${tuning}`);
}

for (const [key, row] of rows) {
  if (only && !only.includes(key)) continue;
  options.log(`— ${row.title}`);
  try {
    sections.push(`## ${row.title}\n\n${await row.run(options)}`);
  } catch (error) {
    // A row that cannot run stays in the report with its reason: no goal is hidden.
    console.error(error);
    sections.push(`## ${row.title}\n\n**Not measured: the row failed** — ${(error as Error).message.split("\n")[0]}`);
  }
  writeReport(false);
}
writeReport(true);
options.log(`wrote ${path.relative(repoRoot, file)}`);
