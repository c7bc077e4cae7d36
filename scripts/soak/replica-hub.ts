import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import type { Env } from "@pasrr/config/env";
import { startFaultProxy, type FaultProxy } from "../../test/support/tcp-fault-proxy.ts";
import { freePorts } from "../../test/support/processes.ts";
import { startHubProcess, stopHubProcess, stopHubProcesses, type HubProcess, type Runtime, type ServiceName } from "./hub-processes.ts";

const services: ServiceName[] = [...subgraphNames, "gateway"];
const local = (port: number) => ({ host: "127.0.0.1", port });
const proxyUrl = (proxy: FaultProxy) => `http://127.0.0.1:${proxy.port}/graphql`;
/** Replicas after the first start on a database the first has migrated, as a deployment that migrates once. */
const migrated: Env = { MIGRATE_AT_START: "false" };

/**
 * The hub as a state runs it: `replicas` processes of every subgraph and of the gateway on the
 * same databases, each service behind a round-robin proxy (the load balancer) that passes over a
 * dead replica. Everything reaches a service through its proxy: the gateways their subgraphs
 * (`<NAME>_URL`), the subgraphs the graph and each other (`GATEWAY_URL`, `<NAME>_URL`), partners
 * the gateways. One replica of each service starts first; the next wave starts once those
 * answer, so the first replica of a subgraph migrates and seeds its empty database alone.
 */
export class ReplicaHub {
  /** The running processes, replica by replica (a restarted one takes its place). */
  readonly processes: HubProcess[] = [];

  private constructor(
    private readonly env: Env,
    private readonly runtime: Runtime,
    private readonly proxies: Record<ServiceName, FaultProxy>,
  ) {}

  static async start(baseEnv: Env, replicas: number, runtime: Runtime): Promise<ReplicaHub> {
    const free = await freePorts(services.length * replicas);
    const ports = (s: number) => free.slice(s * replicas, (s + 1) * replicas);
    const proxies = Object.fromEntries(await Promise.all(services.map(async (name, s) => [name, await startFaultProxy(ports(s).map(local))]))) as Record<
      ServiceName,
      FaultProxy
    >;
    const env: Env = { ...baseEnv, GATEWAY_URL: proxyUrl(proxies.gateway) };
    for (const name of subgraphNames) env[`${envPrefix(name)}_URL`] = proxyUrl(proxies[name]);
    const hub = new ReplicaHub(env, runtime, proxies);
    for (let index = 0; index < replicas; index++) {
      const starting = services.map((name, s) => hub.startOne(name, `${name}#${index + 1}`, ports(s)[index]!, index > 0 ? migrated : {}));
      hub.processes.push(...(await hub.startAll(starting)));
    }
    return hub;
  }

  /** Where partners send requests: the proxy in front of the gateways. */
  get gatewayUrl(): string {
    return proxyUrl(this.proxies.gateway);
  }

  /** SIGKILLs replica `index` of every service at once; returns what was killed. */
  async kill(index: number): Promise<HubProcess[]> {
    const victims = this.processes.filter((service) => service.label.endsWith(`#${index + 1}`));
    await Promise.all(victims.map((service) => stopHubProcess(service, "SIGKILL")));
    return victims;
  }

  /** Starts killed replicas again, on their ports with their settings. */
  async restart(killed: HubProcess[]): Promise<void> {
    const restarted = await this.startAll(killed.map((service) => this.startOne(service.name, service.label, service.port, { ...service.env, ...migrated })));
    for (const service of restarted) this.processes[this.processes.findIndex((old) => old.label === service.label)] = service;
  }

  /** Gateways beside the hub's, with `overrides`, behind a proxy of their own: their URL and how to stop them. */
  async startGateways(count: number, overrides: Env): Promise<{ url: string; stop(): Promise<void> }> {
    const ports = await freePorts(count);
    const proxy = await startFaultProxy(ports.map(local));
    const gateways = await this.startAll(ports.map((port, index) => this.startOne("gateway", `gateway+${index + 1}`, port, overrides)));
    return {
      url: proxyUrl(proxy),
      stop: async () => {
        await stopHubProcesses(gateways);
        await proxy.close();
      },
    };
  }

  async stop(): Promise<void> {
    await stopHubProcesses(this.processes);
    await Promise.all(Object.values(this.proxies).map((proxy) => proxy.close()));
  }

  private startOne(name: ServiceName, label: string, port: number, overrides: Env): Promise<HubProcess> {
    return startHubProcess(name, label, port, { ...this.env, ...overrides, [`${envPrefix(name)}_PORT`]: String(port) }, this.runtime);
  }

  /** Waits for processes starting together; if one fails, stops the whole hub and rethrows. */
  private async startAll(starting: Promise<HubProcess>[]): Promise<HubProcess[]> {
    const settled = await Promise.allSettled(starting);
    const started = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const failed = settled.find((result) => result.status === "rejected");
    if (!failed) return started;
    await stopHubProcesses(started);
    await this.stop();
    throw failed.reason;
  }
}
