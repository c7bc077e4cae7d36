/**
 * `npm start`: the whole hub on this machine — four subgraph processes on their embedded
 * databases (or PostgreSQL when *_DATABASE_URL is set), then the gateway — with the synthetic
 * demo data seeded, and the sandbox URL printed. Ctrl-C stops every process cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ConfigError } from "@pasrr/config/config-error";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";
import { loadGatewayConfig } from "@pasrr/gateway/config";

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

const children: ChildProcess[] = [];
let stopping = false;

function startProcess(name: string, entry: string, port: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, entry)], { env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
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
      if (ready) return resolve();
      if (Date.now() > deadline) return reject(new Error(`${name} did not become ready within 120 s`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
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
  await Promise.all(subgraphNames.map((name) => startProcess(name, `subgraphs/${name}/src/index.ts`, loadSubgraphConfig(name, env).port)));
  await startProcess("gateway", "gateway/src/index.ts", gatewayConfig.port);
} catch (error) {
  console.error(`start-up failed: ${(error as Error).message}`);
  await stopAll(1);
}

const host = gatewayConfig.host === "0.0.0.0" ? "localhost" : gatewayConfig.host;
const url = `http://${host}:${gatewayConfig.port}/graphql`;
const sandboxUrl = `http://${host}:${gatewayConfig.port}/sandbox`;
const stateToken = await mintDevToken(gatewayConfig.auth, { organisationId: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" });
console.log(`
PASRR hub is running.
  Gateway and sandbox: ${url}
${gatewayConfig.sandbox ? `  Partner sandbox:     ${sandboxUrl}  (GraphiQL with each partner's examples; "Act as partner" mints its dev token)\n` : ""}  Subgraphs:           ${subgraphNames.map((name) => `${name} :${loadSubgraphConfig(name, env).port}`).join(", ")}
  Databases:           ${subgraphNames.map((name) => loadSubgraphConfig(name, env).database.kind).join(", ")}

A state-agency dev token (8 hours) for the sandbox's Authorization header:
  Bearer ${stateToken}
Other partners: npm run token -- --role PAA --counties Hamilton,Butler
Press Ctrl-C to stop.
`);
