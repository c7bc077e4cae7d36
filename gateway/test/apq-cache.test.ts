import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "../src/config/gateway-config.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts } from "../../test/support/processes.ts";
import { dropKeysUnder, keysUnder, testRedisUrl, uniqueKeyPrefix } from "../../test/support/redis.ts";
import { operationId } from "../src/persisted-operations/operation-manifest.ts";
import { startGateway } from "../src/server.ts";

/**
 * The gateway's APQ cache is bounded: texts beyond its size push the least recently used out, and
 * APQ can be turned off. With REDIS_URL the replicas share the texts. The gateway runs alone:
 * `__typename` is answered without any subgraph.
 */
describe("the automatic persisted queries cache", () => {
  let dataDir: string;
  const running: RunningService[] = [];
  const redisPrefix = uniqueKeyPrefix("apq");

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-apq-"));
  });
  afterAll(async () => {
    for (const service of running) await service.stop();
    await rm(dataDir, { recursive: true, force: true });
    await dropKeysUnder(redisPrefix);
  });

  /** A lone gateway; `logLines`, when given, receives the lines it logs. */
  async function gatewayWith(extra: Env, organisationId = "apq-cache", logLines?: { level: number; msg: string }[]) {
    const env: Env = { NODE_ENV: "test", HUB_DATA_DIR: dataDir, HOST: "127.0.0.1", GATEWAY_PORT: "0", LOG_LEVEL: "warn", ...extra };
    const config = loadGatewayConfig(env);
    if (logLines) config.observability.logDestination = { write: (line: string) => void logLines.push(JSON.parse(line)) };
    const service = await startGateway(config);
    running.push(service);
    return sender(service, env, organisationId);
  }
  async function sender(service: RunningService, env: Env, organisationId: string) {
    const token = await mintDevToken(loadCommonConfig(env).auth, { role: "STATE_MEDICAID_AGENCY", organisationId });
    return async (body: Record<string, unknown>) => {
      const response = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      // The APQ protocol's not-found included: a miss is an answer, never a failure.
      expect(response.status).toBe(200);
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

  it("keeps no text longer than GATEWAY_APQ_MAX_TEXT_BYTES: it runs, and the client sends it in full each time", async () => {
    const send = await gatewayWith({ GATEWAY_APQ_MAX_TEXT_BYTES: "1024" });
    const [short, long] = [longQuery("Short"), `${longQuery("Long")} ${"x".repeat(600)}`];
    expect(await send({ query: short, ...byHash(short) })).toEqual({ data: { __typename: "Query" } });
    expect(await send({ query: long, ...byHash(long) })).toEqual({ data: { __typename: "Query" } });
    expect(await send(byHash(short))).toEqual({ data: { __typename: "Query" } });
    expect(codes(await send(byHash(long)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  describe("shared by the replicas through Redis (REDIS_URL)", () => {
    const shared: Env = { REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: redisPrefix, GATEWAY_APQ_TTL_SECONDS: "600" };

    it("finds a text registered through one gateway through another, and never for another organisation", async () => {
      const throughFirst = await gatewayWith(shared, "apq-shared");
      const throughSecond = await gatewayWith(shared, "apq-shared");
      const otherOrganisation = await gatewayWith(shared, "apq-other");
      const query = longQuery("SharedText");
      expect(codes(await throughSecond(byHash(query)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      expect(await throughFirst({ query, ...byHash(query) })).toEqual({ data: { __typename: "Query" } });
      expect(await throughSecond(byHash(query))).toEqual({ data: { __typename: "Query" } });
      expect(codes(await otherOrganisation(byHash(query)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    });

    it("keeps each text in Redis for GATEWAY_APQ_TTL_SECONDS at most, keyed by organisation and hash", async () => {
      const send = await gatewayWith(shared, "apq-ttl");
      const query = longQuery("Expiring");
      await send({ query, ...byHash(query) });
      const key = `${redisPrefix}gateway:apq:${JSON.stringify(["apq-ttl", operationId(query)])}`;
      expect(await keysUnder(`${redisPrefix}gateway:apq:`)).toContain(key);
      const client = await createClient({ url: testRedisUrl }).connect();
      try {
        const ttl = await client.ttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(600);
        expect(await client.get(key)).toBe(query);
      } finally {
        client.destroy();
      }
    });

    it("with Redis unreachable, answers a hash alone as not found and the full text as ever: never a 500", async () => {
      const [closedPort] = await freePorts(1);
      const lines: { level: number; msg: string }[] = [];
      const send = await gatewayWith({ ...shared, REDIS_URL: `redis://127.0.0.1:${closedPort}` }, "apq-no-redis", lines);
      const query = longQuery("NoRedis");
      expect(codes(await send(byHash(query)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      expect(await send({ query, ...byHash(query) })).toEqual({ data: { __typename: "Query" } });
      expect(codes(await send(byHash(query)))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      expect(lines.filter((line) => line.level === 40 && line.msg.startsWith("Redis did not answer: an APQ text"))).toHaveLength(1);
    });
  });
});
