import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "../src/config/gateway-config.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationId } from "../src/persisted-operations/operation-manifest.ts";
import { startGateway } from "../src/server.ts";

/**
 * The gateway's APQ cache is bounded: texts beyond its size push the least recently used out, and
 * APQ can be turned off. The gateway runs alone: `__typename` is answered without any subgraph.
 */
describe("the automatic persisted queries cache", () => {
  let dataDir: string;
  const running: RunningService[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-apq-"));
  });
  afterAll(async () => {
    for (const service of running) await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function gatewayWith(extra: Env) {
    const env: Env = { NODE_ENV: "test", HUB_DATA_DIR: dataDir, HOST: "127.0.0.1", GATEWAY_PORT: "0", LOG_LEVEL: "warn", ...extra };
    const service = await startGateway(loadGatewayConfig(env));
    running.push(service);
    const token = await mintDevToken(loadCommonConfig(env).auth, { role: "STATE_MEDICAID_AGENCY", organisationId: "apq-cache" });
    return async (body: Record<string, unknown>) => {
      const response = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
  }
  /** A query of about 600 characters: its name and a comment make it long, `__typename` keeps it local. */
  const longQuery = (name: string) => `query ${name} { __typename } # ${"padding ".repeat(75)}`;
  const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: operationId(query) } } });
  const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) => (answer.errors ?? []).map((error) => error.extensions?.code);

  it("keeps at most GATEWAY_APQ_CACHE_MAX_BYTES of query text, forgetting the least recently used first", async () => {
    const send = await gatewayWith({ GATEWAY_APQ_CACHE_MAX_BYTES: "1024" });
    const [first, second] = [longQuery("First"), longQuery("Second")];
    expect(await send({ query: first, ...byHash(first) })).toEqual({ data: { __typename: "Query" } });
    expect(await send(byHash(first))).toEqual({ data: { __typename: "Query" } });
    expect(await send({ query: second, ...byHash(second) })).toEqual({ data: { __typename: "Query" } });
    expect(await send(byHash(second))).toEqual({ data: { __typename: "Query" } });
    expect(codes(await send(byHash(first)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("answers PERSISTED_QUERY_NOT_SUPPORTED with GATEWAY_APQ=false, and plain queries as ever", async () => {
    const send = await gatewayWith({ GATEWAY_APQ: "false" });
    const query = longQuery("Off");
    expect(codes(await send(byHash(query)))).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
    expect(await send({ query })).toEqual({ data: { __typename: "Query" } });
  });
});
