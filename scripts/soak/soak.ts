/**
 * `npm run soak -- [--seconds 60] [--clients 8]` (or SOAK_SECONDS, SOAK_CLIENTS) — issue 8, item 6. Runs the whole hub as five
 * processes on fresh PostgreSQL databases, drives a mixed partner workload from many concurrent
 * clients for the given time, then checks every acknowledged write is in its database exactly
 * once, counts errors, and reports each service's memory at start and end. Exits 1 when a write
 * was lost or duplicated or any request failed.
 */
import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { subgraphNames } from "@pasrr/config/service-names";
import type { Env } from "@pasrr/config/env";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScratchDatabases } from "../../test/support/postgres.ts";
import { freePorts } from "../../test/support/processes.ts";
import { residentMemoryMiB, startHubProcesses, stopHubProcesses } from "./hub-processes.ts";
import { countRows, verifyLedger, type TableCounts } from "./verify.ts";
import { newLedger, SoakClient, soakHospitalId, type Tokens } from "./workload.ts";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: process.env.SOAK_SECONDS ?? "60" }, clients: { type: "string", default: process.env.SOAK_CLIENTS ?? "8" } },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
if (!(seconds > 0 && clients > 0)) throw new Error("--seconds and --clients must be positive numbers");

const dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-soak-"));
const scratch = await createScratchDatabases(subgraphNames);
const ports: Record<string, number> = {};
const free = await freePorts(5);
[...subgraphNames, "gateway"].forEach((name, index) => (ports[name] = free[index]!));
// The soak measures the hub under load, not the per-organisation rate limit, which would refuse it.
const env: Env = {
  // The workload's dates (screens, admissions, LOC periods) are written around this day; pinned, the
  // soak measures the same story next year as today (the hub's one clock, HUB_TODAY).
  NODE_ENV: "test",
  HUB_DATA_DIR: dataDir,
  HOST: "127.0.0.1",
  SEED_DEMO_DATA: "true",
  LOG_LEVEL: "error",
  HUB_TODAY: "2026-11-22",
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1000000",
  GATEWAY_RATE_LIMIT_BURST: "100000",
};
for (const name of subgraphNames) env[`${name.toUpperCase()}_DATABASE_URL`] = scratch.urls[name]!;

let exitCode: number;
const processes = await startHubProcesses(env, ports);
try {
  const auth = loadCommonConfig(env).auth;
  const token = (organisationId: string, request: Omit<Parameters<typeof mintDevToken>[1], "organisationId">) =>
    mintDevToken(auth, { organisationId, ...request });
  const tokens: Tokens = {
    state: await token("soak-state", { role: "STATE_MEDICAID_AGENCY" }),
    hospital: await token("soak-hospital", { role: "HOSPITAL", facilityIds: [soakHospitalId] }),
    facility: await token("soak-nf", { role: "NURSING_FACILITY", facilityIds: [demoFacilities[0]!.id] }),
    paa: await token("soak-paa", { role: "PAA", counties: ["Hamilton"] }),
    payment: await token("soak-payment", { role: "MEDICAID_PAYMENT" }),
  };
  const before: TableCounts = await countRows(scratch.urls);
  const memoryAtStart = await Promise.all(processes.map((service) => residentMemoryMiB(service.child.pid)));

  const ledger = newLedger();
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new SoakClient(gatewayUrl, tokens, ledger);
      while (Date.now() < deadline) await client.step();
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  const memoryAtEnd = await Promise.all(processes.map((service) => residentMemoryMiB(service.child.pid)));
  const check = await verifyLedger(scratch.urls, ledger, before);

  const sorted = [...ledger.latenciesMs].sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1);
  console.log(
    `soak: ${seconds} s, ${clients} clients, PostgreSQL, ${sorted.length} requests (${(sorted.length / elapsedSeconds).toFixed(1)}/s), p50 ${percentile(50)} ms, p95 ${percentile(95)} ms`,
  );
  for (const line of check.lines) console.log(`  ${line}`);
  console.log(
    `  replays of acknowledged writes: ${ledger.replaysChecked} (answer differed: ${ledger.replayMismatches}); payment checks: ${ledger.paymentChecks}`,
  );
  console.log(
    `  memory (RSS MiB, start → end): ${processes.map((service, i) => `${service.name} ${memoryAtStart[i]!.toFixed(0)} → ${memoryAtEnd[i]!.toFixed(0)}`).join(", ")}`,
  );
  console.log(`lost writes: ${check.lost}, duplicated writes: ${check.duplicated}, errors: ${ledger.errors.length}`);
  for (const error of ledger.errors.slice(0, 10)) console.log(`  error: ${error}`);
  exitCode = check.lost === 0 && check.duplicated === 0 && ledger.errors.length === 0 && ledger.replayMismatches === 0 ? 0 : 1;
} finally {
  await stopHubProcesses(processes);
  await scratch.drop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
