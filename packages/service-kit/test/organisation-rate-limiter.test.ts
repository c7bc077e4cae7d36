import { GraphQLError } from "graphql";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createLogger } from "@pasrr/observability/logger";
import { ServiceObservability } from "@pasrr/observability/service-observability";
import { OrganisationRateLimiter, rateLimitWindow } from "@pasrr/service-kit/edge/organisation-rate-limiter";
import { openRedisConnection, type RedisConnection } from "@pasrr/service-kit/shared-state/redis-connection";
import { freePorts } from "../../../test/support/processes.ts";
import { dropKeysUnder, keysUnder, testRedisUrl, uniqueKeyPrefix } from "../../../test/support/redis.ts";
import { startFaultProxy } from "../../../test/support/tcp-fault-proxy.ts";

async function refusal(take: Promise<void>): Promise<GraphQLError> {
  try {
    await take;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected the request to be refused");
}

function retryAfterOf(error: GraphQLError) {
  const http = error.extensions.http as unknown as { status: number; headers: Map<string, string> };
  return { code: error.extensions.code, status: http.status, header: Number(http.headers.get("retry-after")), seconds: error.extensions.retryAfterSeconds };
}

/**
 * Waits until `seconds` of wall-clock time have passed, as a client honouring Retry-After does.
 * Measured on Date.now(), the clock the limiter and Redis expire by: a timer alone can fire early by
 * that clock when the process was descheduled (Node starts it from the event loop's cached time),
 * and on a loaded CI machine that made the wait shorter than Retry-After.
 */
async function wait(seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000 + 1; // Redis keeps a key through its expiry millisecond
  while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, until - Date.now()));
}

/** A service process's observability, with the log lines it writes kept for the test to read. */
function observedService(service: string) {
  const lines: { level: number; msg: string; redis?: string }[] = [];
  const logger = createLogger(service, { logLevel: "info", logDestination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  return { observability: new ServiceObservability(service, logger, { otlpTracesUrl: undefined, metricsBearerToken: undefined }), lines };
}

describe("the rate limit's window", () => {
  it("holds the burst and lasts as long as the bucket takes to refill, so the sustained rate is perMinute", () => {
    expect(rateLimitWindow({ perMinute: 600, burst: 120 })).toEqual({ points: 120, duration: 12 });
    expect(rateLimitWindow({ perMinute: 60, burst: 3 })).toEqual({ points: 3, duration: 3 });
    expect(rateLimitWindow({ perMinute: 1, burst: 5 })).toEqual({ points: 5, duration: 300 });
  });

  it("rounds a window up to whole seconds, which can only lower the rate, and never below one second's refill", () => {
    expect(rateLimitWindow({ perMinute: 7, burst: 100 })).toEqual({ points: 100, duration: 858 }); // 6.99 a minute
    expect(rateLimitWindow({ perMinute: 100_000, burst: 120 })).toEqual({ points: 1666, duration: 1 });
  });
});

describe("OrganisationRateLimiter in one process (no REDIS_URL)", () => {
  it("admits a burst of exactly `burst` requests, then refuses with RATE_LIMITED, HTTP 429 and Retry-After up to the window's end", async () => {
    const limiter = OrganisationRateLimiter.inProcess({ perMinute: 60, burst: 3 });
    for (let i = 0; i < 3; i += 1) await limiter.take("paa-7");
    const refused = retryAfterOf(await refusal(limiter.take("paa-7")));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.status).toBe(429);
    expect(refused.header).toBe(refused.seconds);
    expect(refused.seconds).toBeGreaterThanOrEqual(1);
    expect(refused.seconds).toBeLessThanOrEqual(3); // a 3-request window refills in 3 s at 60 a minute
  });

  it("admits again once Retry-After has passed, the burst whole, never more", async () => {
    const limiter = OrganisationRateLimiter.inProcess({ perMinute: 60, burst: 1 });
    await limiter.take("nf-1");
    const { seconds } = retryAfterOf(await refusal(limiter.take("nf-1")));
    await wait(seconds as number);
    await limiter.take("nf-1");
    expect(retryAfterOf(await refusal(limiter.take("nf-1"))).code).toBe("RATE_LIMITED");
  });

  it("keeps one count per organisation: one partner's burst does not spend another's", async () => {
    const limiter = OrganisationRateLimiter.inProcess({ perMinute: 1, burst: 1 });
    await limiter.take("paa-7");
    expect(retryAfterOf(await refusal(limiter.take("paa-7"))).seconds).toBe(60);
    await limiter.take("paa-8");
  });
});

describe("OrganisationRateLimiter shared through Redis (REDIS_URL)", () => {
  const prefix = uniqueKeyPrefix("rate-limiter");
  const connections: RedisConnection[] = [];
  const open = async (service: string, url = testRedisUrl) => {
    const observed = observedService(service);
    const connection = (await openRedisConnection(service, { url, keyPrefix: prefix }, observed.observability))!;
    connections.push(connection);
    return { connection, ...observed };
  };
  afterEach(async () => {
    for (const connection of connections.splice(0)) await connection.close();
  });
  afterAll(() => dropKeysUnder(prefix));

  it("holds one limit for two replicas: the burst is allowed in total, not per replica", async () => {
    const config = { perMinute: 1, burst: 4 };
    const [first, second] = [
      OrganisationRateLimiter.shared(config, (await open("gateway")).connection),
      OrganisationRateLimiter.shared(config, (await open("gateway")).connection),
    ];
    await first.take("paa-shared");
    await second.take("paa-shared");
    await first.take("paa-shared");
    await second.take("paa-shared");
    for (const replica of [first, second]) {
      const refused = retryAfterOf(await refusal(replica.take("paa-shared")));
      expect(refused).toMatchObject({ code: "RATE_LIMITED", status: 429 });
      expect(refused.seconds).toBeGreaterThan(0);
      expect(refused.seconds).toBeLessThanOrEqual(240); // a window of 4 requests at 1 a minute
    }
    expect(await keysUnder(`${prefix}gateway:rate_limit:`)).toEqual([`${prefix}gateway:rate_limit:paa-shared`]);
  });

  it("keeps each service's limit apart: a subgraph reached straight counts apart from the gateway", async () => {
    const config = { perMinute: 1, burst: 1 };
    const gateway = OrganisationRateLimiter.shared(config, (await open("gateway")).connection);
    const individuals = OrganisationRateLimiter.shared(config, (await open("individuals")).connection);
    await gateway.take("paa-apart");
    await individuals.take("paa-apart");
    expect(retryAfterOf(await refusal(gateway.take("paa-apart"))).code).toBe("RATE_LIMITED");
  });

  it("admits again once Retry-After has passed, across replicas", async () => {
    const config = { perMinute: 60, burst: 1 };
    const [first, second] = [
      OrganisationRateLimiter.shared(config, (await open("gateway")).connection),
      OrganisationRateLimiter.shared(config, (await open("gateway")).connection),
    ];
    await first.take("nf-shared");
    const { seconds } = retryAfterOf(await refusal(second.take("nf-shared")));
    await wait(seconds as number);
    await second.take("nf-shared");
    expect(retryAfterOf(await refusal(first.take("nf-shared"))).code).toBe("RATE_LIMITED");
  });

  it("with Redis unreachable, still serves requests (each process counts alone), warns once, and counts the fallbacks", async () => {
    const [closedPort] = await freePorts(1);
    const { connection, lines, observability } = await open("gateway", `redis://127.0.0.1:${closedPort}`);
    const limiter = OrganisationRateLimiter.shared({ perMinute: 1, burst: 3 }, connection);
    for (let i = 0; i < 3; i += 1) await limiter.take("paa-no-redis");
    expect(retryAfterOf(await refusal(limiter.take("paa-no-redis"))).code).toBe("RATE_LIMITED");
    const warnings = lines.filter((line) => line.level === 40 && line.msg.startsWith("Redis did not answer"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.redis).toBe(`127.0.0.1:${closedPort}`);
    const metrics = await observability.metrics.registry.metrics();
    expect(metrics).toMatch(/shared_state_fallbacks_total\{use="rate_limit",service="gateway"\} 4/);
    expect(metrics).toMatch(/redis_ready\{service="gateway"\} 0/);
  });

  it("with Redis hung (connected, answering nothing), falls back after the command timeout instead of holding the request", async () => {
    const proxy = await startFaultProxy({ host: "127.0.0.1", port: Number(new URL(testRedisUrl).port || 6379) });
    try {
      const { connection, lines } = await open("gateway", `redis://127.0.0.1:${proxy.port}`);
      const limiter = OrganisationRateLimiter.shared({ perMinute: 1, burst: 2 }, connection);
      await limiter.take("paa-hung");
      proxy.stall();
      await limiter.take("paa-hung"); // the insurance limiter's count starts afresh: this process alone
      await limiter.take("paa-hung");
      expect(retryAfterOf(await refusal(limiter.take("paa-hung"))).code).toBe("RATE_LIMITED");
      expect(lines.some((line) => line.level === 40 && line.msg.startsWith("Redis did not answer"))).toBe(true);
      await connection.close(); // shutdown is not held up by replies a hung Redis never sends
      expect(connection.client.isOpen).toBe(false);
    } finally {
      await proxy.close();
    }
  });
});
