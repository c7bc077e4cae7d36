import { setTimeout as sleep } from "node:timers/promises";
import type { ReplicaHub } from "./replica-hub.ts";

/**
 * Issue 19: a replica of every service dies at once, mid-run — SIGKILL, no shutdown, as a
 * crash or an out-of-memory kill — at 40 % of the run; the proxies pass over the dead replicas
 * and the workload carries on against the others. At 70 % the killed replicas start again on
 * their ports and rejoin. What happened, when, for the report.
 */
export async function killAndRestart(hub: ReplicaHub, runMs: number): Promise<string[]> {
  const started = performance.now();
  const at = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  await sleep(0.4 * runMs);
  const killed = await hub.kill(0);
  const lines = [`SIGKILL at ${at()}: ${killed.map((service) => service.label).join(", ")}`];
  await sleep(Math.max(0, 0.7 * runMs - (performance.now() - started)));
  const restarting = performance.now();
  await hub.restart(killed);
  lines.push(`restarted at ${at()}, ready in ${((performance.now() - restarting) / 1000).toFixed(1)} s`);
  return lines;
}
