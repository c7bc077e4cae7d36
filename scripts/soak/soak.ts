/**
 * `npm run soak -- [--seconds 60] [--clients 8] [--replicas 2] [--kill]` — issue 8, item 6, and
 * issue 19 (options: soak-options.ts). Runs the hub as separate processes on fresh PostgreSQL
 * databases — with `--replicas 2`, two of every subgraph and two gateways sharing Redis, each
 * service behind a round-robin proxy (replica-hub.ts) — and drives a mixed partner workload from
 * many concurrent clients for the given time (`--kill`: one replica of every service is SIGKILLed
 * at 40 % and started again at 70 %). Then it waits for the census feed to deliver every fact and
 * checks from the databases that every acknowledged write is stored exactly once and every census
 * fact took effect in screenings exactly once and in order per person; with replicas it first
 * checks that one organisation's rate limit holds across two gateways. It reports errors,
 * latency and each process's memory, and exits 1 on any lost or duplicated write, error, census
 * fact missing, repeated or out of order, or a rate limit exceeded.
 */
import { subgraphNames } from "@pasrr/config/service-names";
import type { Env } from "@pasrr/config/env";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabases } from "../../test/support/postgres.ts";
import { buildServices, requestsServed, residentMemoryMiB } from "./hub-processes.ts";
import { claimSize } from "../../subgraphs/facilities/src/census-feed/outbox-relay.services.ts";
import { ReplicaHub } from "./replica-hub.ts";
import { checkRateLimitAcrossGateways } from "./rate-limit-phase.ts";
import { runWorkload, soakToken, soakTokens } from "./run-workload.ts";
import { readSoakOptions } from "./soak-options.ts";
import { soakPassed, soakReport } from "./soak-report.ts";
import { countRows, verifyLedger } from "./verify.ts";
import { verifyCensusDelivery, waitUntilDrained } from "./verify-census.ts";

const options = readSoakOptions(process.argv.slice(2), process.env);
if (options.runtime === "compiled") console.log(await buildServices());
const dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-soak-"));
const scratch = await createScratchDatabases(subgraphNames);
const env: Env = {
  // The workload's dates (screens, admissions, LOC periods) are written around this day; pinned, the
  // soak measures the same story next year as today (the hub's one clock, HUB_TODAY).
  NODE_ENV: "test",
  HUB_DATA_DIR: dataDir,
  HOST: "127.0.0.1",
  SEED_DEMO_DATA: "true",
  LOG_LEVEL: "error",
  HUB_TODAY: "2026-11-22",
  // The soak measures the hub under load, not the per-organisation rate limit, which would refuse it
  // (the rate-limit phase starts gateways of its own with a small one).
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1000000",
  GATEWAY_RATE_LIMIT_BURST: "100000",
  // The replicas share rate limits and caches through Redis; this run's keys are its own.
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  REDIS_KEY_PREFIX: `pasrr-soak-${randomBytes(4).toString("hex")}:`,
  // A fact that met a dead replica is tried again within seconds, not minutes.
  CENSUS_FEED_POLL_MS: "500",
  CENSUS_FEED_RETRY_BASE_MS: "200",
  CENSUS_FEED_RETRY_MAX_MS: "2000",
  // A killed relay's claimed facts go back to the others within seconds (the lease must outlast a delivery).
  CENSUS_FEED_DELIVERY_TIMEOUT_MS: "4000",
  CENSUS_FEED_LEASE_MS: "5000",
};
for (const name of subgraphNames) env[`${name.toUpperCase()}_DATABASE_URL`] = scratch.urls[name]!;
const memoryOf = (running: ReplicaHub) => Promise.all(running.processes.map((service) => residentMemoryMiB(service.child.pid)));

let exitCode: number;
let hub: ReplicaHub | undefined;
try {
  const startedAt = performance.now();
  const running = (hub = await ReplicaHub.start(env, options.replicas, options.runtime));
  const startSeconds = (performance.now() - startedAt) / 1000;
  const rateLimit =
    options.replicas >= 2
      ? await checkRateLimitAcrossGateways(running, await soakToken(env, "soak-rate-limited", { role: "STATE_MEDICAID_AGENCY" }), {
          burst: 10,
          perMinute: 6,
          requests: 40,
        })
      : undefined;
  const before = await countRows(scratch.urls);
  const memoryAtStart = await memoryOf(running);
  const run = await runWorkload(running, await soakTokens(env), options.seconds, options.clients, options.kill);
  const drainStarted = performance.now();
  await waitUntilDrained(scratch.urls.facilities!, 60_000);
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  const memoryAtEnd = await memoryOf(running);
  const result = {
    ...run,
    options,
    startSeconds,
    drainSeconds,
    rateLimit,
    writes: await verifyLedger(scratch.urls, run.ledger, before),
    census: await verifyCensusDelivery(scratch.urls, run.ledger.acknowledged.registration),
    // A relay claims up to `claimSize` facts and sends them at once: a killed facilities replica had
    // at most that many sent and not yet marked, which its lease then gives to the other relay.
    allowedRepeats: options.kill ? claimSize : 0,
    served: await requestsServed(running.processes),
    memory: running.processes.map((service, i) => `${service.label} ${memoryAtStart[i]!.toFixed(0)} → ${memoryAtEnd[i]!.toFixed(0)}`).join(", "),
  };
  for (const line of soakReport(result)) console.log(line);
  exitCode = soakPassed(result) ? 0 : 1;
} finally {
  await hub?.stop();
  await scratch.drop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
