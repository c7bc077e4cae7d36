import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import type { Env } from "@pasrr/config/env";
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";

export interface HubProcess {
  name: string;
  child: ChildProcess;
  origin: string;
}

const entry = (name: string) => (name === "gateway" ? "gateway/src/index.ts" : path.join("subgraphs", name, "src/index.ts"));

/** Starts the four subgraphs and the gateway as separate processes, as a deployment runs them. */
export async function startHubProcesses(env: Env, ports: Record<string, number>): Promise<HubProcess[]> {
  const serviceEnv: Env = { ...env, GATEWAY_PORT: String(ports.gateway) };
  for (const name of subgraphNames) {
    serviceEnv[`${envPrefix(name)}_PORT`] = String(ports[name]);
    serviceEnv[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
  }
  const processes: HubProcess[] = [];
  for (const name of [...subgraphNames, "gateway"]) {
    const child = spawn(process.execPath, ["--import", "tsx", entry(name)], {
      cwd: repoRoot,
      env: { ...process.env, ...serviceEnv },
      stdio: ["ignore", "ignore", "inherit"],
    });
    processes.push({ name, child, origin: `http://127.0.0.1:${ports[name]}` });
  }
  await Promise.all(processes.map((service) => waitUntilReady(service)));
  return processes;
}

async function waitUntilReady(service: HubProcess, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with ${service.child.exitCode} during start-up`);
    const ready = await fetch(`${service.origin}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s`);
}

/** Resident memory of a process, from /proc (Linux), in MiB. */
export async function residentMemoryMiB(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kib / 1024;
}

export async function stopHubProcesses(processes: HubProcess[]) {
  await Promise.all(
    processes.map(
      (service) =>
        new Promise<void>((resolve) => {
          if (service.child.exitCode !== null) return resolve();
          service.child.once("exit", () => resolve());
          service.child.kill("SIGTERM");
        }),
    ),
  );
}
