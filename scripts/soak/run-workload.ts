import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import { newLedger, type Ledger } from "./ledger.ts";
import { killAndRestart } from "./replica-faults.ts";
import type { ReplicaHub } from "./replica-hub.ts";
import { admittingFacility, receivingFacility, SoakClient, soakHospitalId, type Tokens } from "./workload.ts";

/** A dev token for a soak organisation, signed with the key the hub's processes share. */
export const soakToken = (env: Env, organisationId: string, request: Omit<Parameters<typeof mintDevToken>[1], "organisationId">) =>
  mintDevToken(loadCommonConfig(env).auth, { organisationId, ...request });

/** One organisation per partner role of the workload; the NF acts for both facilities of its census story. */
export const soakTokens = async (env: Env): Promise<Tokens> => ({
  state: await soakToken(env, "soak-state", { role: "STATE_MEDICAID_AGENCY" }),
  hospital: await soakToken(env, "soak-hospital", { role: "HOSPITAL", facilityIds: [soakHospitalId] }),
  facility: await soakToken(env, "soak-nf", { role: "NURSING_FACILITY", facilityIds: [admittingFacility.id, receivingFacility.id] }),
  paa: await soakToken(env, "soak-paa", { role: "PAA", counties: ["Hamilton"] }),
  payment: await soakToken(env, "soak-payment", { role: "MEDICAID_PAYMENT" }),
});

export interface WorkloadRun {
  ledger: Ledger;
  elapsedSeconds: number;
  /** What the kills did and when (empty without `kill`). */
  faults: string[];
}

/** `clients` partner clients through the gateways' proxy for `seconds`, with the replica kills alongside when asked. */
export async function runWorkload(hub: ReplicaHub, tokens: Tokens, seconds: number, clients: number, kill: boolean): Promise<WorkloadRun> {
  const ledger = newLedger();
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  const [faults] = await Promise.all([
    kill ? killAndRestart(hub, seconds * 1000) : Promise.resolve([]),
    ...Array.from({ length: clients }, async () => {
      const client = new SoakClient(hub.gatewayUrl, tokens, ledger);
      while (Date.now() < deadline) await client.step();
    }),
  ]);
  return { ledger, elapsedSeconds: (performance.now() - started) / 1000, faults };
}
