/**
 * `npm start`: the whole hub on this machine — four subgraph processes on their embedded
 * databases (or PostgreSQL when *_DATABASE_URL is set), then the gateway — with the synthetic
 * demo data seeded. It says what it is doing from its first second (scripts/start/progress.ts)
 * and ends with the URLs, the demo tokens and the demo ids (scripts/start/summary.ts).
 * Ctrl-C stops every process cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ConfigError } from "@pasrr/config/config-error";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";
import { isStartPhaseMessage } from "@pasrr/service-kit/start-phase";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import { StartProgress } from "./start/progress.ts";
import { printSummary } from "./start/summary.ts";

const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
let gatewayConfig;
try {
  // Validate everything before starting anything, so a bad value is one line, not five crashes.
  for (const name of subgraphNames) loadSubgraphConfig(name, env);
  gatewayConfig = loadGatewayConfig(env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`configuration error: ${error.message}`);
  process.exit(2);
}
const subgraphConfigs = subgraphNames.map((name) => loadSubgraphConfig(name, env));

const progress = new StartProgress([...subgraphNames, "gateway"]);
const databases = [...new Set(subgraphConfigs.map((config) => config.database.kind))].join(", ");
progress.line(
  `starting ${subgraphNames.join(", ")} (databases: ${databases}${subgraphConfigs[0]!.seedDemoData ? ", with demo data" : ""}), then the gateway; the first start compiles the code and takes longest`,
);

const children: ChildProcess[] = [];
let stopping = false;

function startProcess(name: string, entry: string, port: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, entry)], { env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  child.on("message", (message) => {
    if (isStartPhaseMessage(message)) progress.phase(name, message.startPhase);
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      if (!stopping) reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (stopping || child.exitCode !== null) return;
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) {
        progress.ready(name, `on :${port}`);
        return resolve();
      }
      if (Date.now() > deadline) return reject(new Error(`${name} did not become ready within 120 s`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  progress.stop();
  // Subgraphs and gateway finish in-flight requests and close their databases on SIGTERM.
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  progress.phase("gateway", "waiting for the subgraphs");
  await Promise.all(subgraphConfigs.map((config, n) => startProcess(subgraphNames[n]!, `subgraphs/${subgraphNames[n]}/src/index.ts`, config.port)));
  progress.phase("gateway", "loading its code");
  await startProcess("gateway", "gateway/src/index.ts", gatewayConfig.port);
} catch (error) {
  console.error(`start-up failed: ${(error as Error).message}`);
  await stopAll(1);
}
progress.stop();
await printSummary(gatewayConfig, subgraphConfigs, progress.elapsedMs());
