import { startGateway } from "@pasrr/gateway";
import type { Env } from "@pasrr/config/env";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "../../src/config/gateway-config.ts";
import { queryPlanRequestHeader } from "../../src/sandbox/sandbox-protocol.ts";

/**
 * Gateways started alone, over real HTTP, each in its own configuration: the supergraph is static,
 * so their pages and refusals need no subgraph. Every subgraph URL is a closed port, so an
 * operation the gateway plans fails at once at its first fetch (its plan is made all the same).
 */
export function gatewaysAlone(baseEnv: () => Env) {
  const running: RunningService[] = [];
  const closedPort = Object.fromEntries(subgraphNames.map((name) => [`${envPrefix(name)}_URL`, "http://127.0.0.1:1/graphql"]));
  return {
    async start(extra: Env) {
      const config = loadGatewayConfig({ HOST: "127.0.0.1", GATEWAY_PORT: "0", LOG_LEVEL: "warn", ...closedPort, ...baseEnv(), ...extra });
      const service = await startGateway(config);
      running.push(service);
      return { origin: new URL(service.url).origin, config };
    },
    async stopAll() {
      for (const service of running.splice(0)) await service.stop();
    },
  };
}

/** POST /graphql as a partner's client sends it; `askForPlan` adds the header with which the sandbox asks for the query plan. */
export async function postOperation(origin: string, query: string, options: { token?: string; askForPlan?: boolean } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.askForPlan) headers[queryPlanRequestHeader] = "true";
  const response = await fetch(`${origin}/graphql`, { method: "POST", headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
  return { status: response.status, body, codes: (body.errors ?? []).map((error) => error.extensions?.code) };
}

/** What a browser sends when someone opens the endpoint's address. */
export const openInBrowser = (origin: string, pathname: string) => fetch(`${origin}${pathname}`, { headers: { accept: "text/html" }, redirect: "manual" });
