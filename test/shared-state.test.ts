import { startGateway } from "@pasrr/gateway";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { freePorts } from "./support/processes.ts";
import { dropKeysUnder, keysUnder, testRedisUrl, uniqueKeyPrefix } from "./support/redis.ts";

/**
 * Issue 19, "Run it as a state would": replicas of a service agree on what they share through the
 * Redis at REDIS_URL. The hub's gateway and a second gateway replica beside it, real subgraphs,
 * real HTTP, the real Redis (keys under a prefix of this run's own).
 */
const keyPrefix = uniqueKeyPrefix("shared-state");
const env = {
  REDIS_URL: testRedisUrl,
  REDIS_KEY_PREFIX: keyPrefix,
  // A window of 4 requests, refilled in 4 minutes: no test here sees it refill.
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1",
  GATEWAY_RATE_LIMIT_BURST: "4",
  LOG_LEVEL: "warn",
};

let hub: TestHub;
let secondReplica: RunningService;
const services: RunningService[] = [];

beforeAll(async () => {
  hub = await startTestHub({ env });
  secondReplica = await startGateway(loadGatewayConfig({ ...hub.env, GATEWAY_PORT: "0" }));
  services.push(secondReplica);
});
afterAll(async () => {
  for (const service of services) await service.stop();
  await hub?.stop();
  await dropKeysUnder(keyPrefix);
});

const stateToken = (organisationId: string) => hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId });
const ask = (url: string, token: string) => graphql(url, "{ __typename }", { token });

function expectAnswered(answer: GraphQLAnswer) {
  expect(answer.status).toBe(200);
  expect(answer.errors).toBeUndefined();
}

function expectRateLimited(answer: GraphQLAnswer) {
  expect(answer.status).toBe(429);
  expect(errorCodes(answer)).toEqual(["RATE_LIMITED"]);
  const retryAfter = Number(answer.headers["retry-after"]);
  expect(answer.errors![0]!.extensions!.retryAfterSeconds).toBe(retryAfter);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(240);
}

async function health(graphqlUrl: string) {
  const origin = new URL(graphqlUrl).origin;
  const [live, ready] = await Promise.all([fetch(`${origin}/health`), fetch(`${origin}/ready`)]);
  return { health: await live.json(), readyStatus: ready.status };
}

describe("the organisation's rate, shared by the gateway's replicas", () => {
  it("allows the burst once across two gateways, not once per gateway, then answers 429 with Retry-After at either", async () => {
    const token = await stateToken("shared-rate");
    expectAnswered(await ask(hub.gatewayUrl!, token));
    expectAnswered(await ask(secondReplica.url, token));
    expectAnswered(await ask(hub.gatewayUrl!, token));
    expectAnswered(await ask(secondReplica.url, token));
    expectRateLimited(await ask(hub.gatewayUrl!, token));
    expectRateLimited(await ask(secondReplica.url, token));
    expectAnswered(await ask(secondReplica.url, await stateToken("shared-rate-other")));
    expect(await keysUnder(`${keyPrefix}gateway:rate_limit:`)).toEqual([
      `${keyPrefix}gateway:rate_limit:shared-rate`,
      `${keyPrefix}gateway:rate_limit:shared-rate-other`,
    ]);
  });

  it("counts a subgraph reached straight apart from the gateway, and the gateway's own fetches spend neither", async () => {
    const token = await stateToken("shared-rate-paths");
    for (let i = 0; i < 4; i += 1) expectAnswered(await graphql(hub.gatewayUrl!, "{ facilities(first: 1) { edges { node { id } } } }", { token }));
    expectRateLimited(await ask(secondReplica.url, token));
    const individuals = hub.subgraphs.individuals!.url;
    for (let i = 0; i < 4; i += 1) expectAnswered(await ask(individuals, token));
    expectRateLimited(await ask(individuals, token));
    expect(await keysUnder(`${keyPrefix}individuals:rate_limit:`)).toEqual([`${keyPrefix}individuals:rate_limit:shared-rate-paths`]);
    expect(await keysUnder(`${keyPrefix}facilities:rate_limit:`)).toEqual([]);
  });

  it("reports Redis in /health, and stays ready", async () => {
    expect(await health(hub.gatewayUrl!)).toEqual({ health: { status: "ok", redis: "ready" }, readyStatus: 200 });
    expect(await health(hub.subgraphs.screenings!.url)).toEqual({ health: { status: "ok", redis: "ready" }, readyStatus: 200 });
  });
});

describe("a gateway whose Redis is unreachable", () => {
  it("still answers, counts the organisation's rate itself, warns, and says so in /health and /metrics while staying ready", async () => {
    const [closedPort] = await freePorts(1);
    const lines: { level: number; msg: string }[] = [];
    const config = loadGatewayConfig({ ...hub.env, GATEWAY_PORT: "0", REDIS_URL: `redis://127.0.0.1:${closedPort}` });
    const alone = await startGateway({
      ...config,
      observability: { ...config.observability, logDestination: { write: (line: string) => void lines.push(JSON.parse(line)) } },
    });
    services.push(alone);
    const token = await stateToken("no-redis-rate");
    for (let i = 0; i < 4; i += 1) expectAnswered(await ask(alone.url, token));
    expectRateLimited(await ask(alone.url, token));
    expect(lines.filter((line) => line.level === 40 && line.msg.startsWith("Redis did not answer"))).toHaveLength(1);
    expect(await health(alone.url)).toEqual({ health: { status: "ok", redis: "unavailable" }, readyStatus: 200 });
    const metrics = await (await fetch(`${new URL(alone.url).origin}/metrics`)).text();
    expect(metrics).toMatch(/shared_state_fallbacks_total\{use="rate_limit",service="gateway"\} 5/);
    expect(metrics).toMatch(/redis_ready\{service="gateway"\} 0/);
  });
});
