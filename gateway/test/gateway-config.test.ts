import { ConfigError } from "@pasrr/config/config-error";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { describe, expect, it } from "vitest";
import { loadGatewayConfig } from "../src/config/gateway-config.ts";

function configErrorOf(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError, but the configuration loaded");
}

describe("loadGatewayConfig", () => {
  it("listens on 4000 and reaches each subgraph on its default port", () => {
    const config = loadGatewayConfig({ NODE_ENV: "test" });
    expect(config.port).toBe(4000);
    expect(config.portVariable).toBe("GATEWAY_PORT");
    expect(config.subgraphUrls).toEqual({
      individuals: "http://127.0.0.1:4001/graphql",
      screenings: "http://127.0.0.1:4002/graphql",
      levelofcare: "http://127.0.0.1:4003/graphql",
      facilities: "http://127.0.0.1:4004/graphql",
    });
    expect(config.subgraphTimeoutMs).toBe(10_000);
    expect(config.sandbox).toBe(true);
  });

  it("limits operations, bodies and each organisation's rate by default, admitting a 10,000-item batch", () => {
    const config = loadGatewayConfig({ NODE_ENV: "test" });
    expect(config.limits).toEqual({ maxDepth: 12, maxAliases: 30, maxRootFields: 10, maxCost: 300_000, maxListSize: 10_000 });
    expect(config.rateLimit).toEqual({ perMinute: 600, burst: 120 });
    expect(config.maxBodyBytes).toBe(4 * 1024 * 1024);
  });

  it("reads each limit from its variable and refuses a bad one, naming it", () => {
    const config = loadGatewayConfig({ GATEWAY_MAX_DEPTH: "8", GATEWAY_MAX_LIST_SIZE: "20000", GATEWAY_RATE_LIMIT_BURST: "5" });
    expect(config.limits).toMatchObject({ maxDepth: 8, maxListSize: 20_000 });
    expect(config.rateLimit.burst).toBe(5);
    expect(configErrorOf(() => loadGatewayConfig({ GATEWAY_MAX_COST: "lots" })).variable).toBe("GATEWAY_MAX_COST");
    expect(configErrorOf(() => loadGatewayConfig({ GATEWAY_MAX_DEPTH: "0" })).variable).toBe("GATEWAY_MAX_DEPTH");
  });

  it("gives subgraphs the gateway's depth, alias and root-field limits, one level deeper, unless SUBGRAPH_* says otherwise", () => {
    expect(loadSubgraphConfig("screenings", { GATEWAY_MAX_DEPTH: "8" }).limits).toEqual({ maxDepth: 9, maxAliases: 30, maxRootFields: 10 });
    expect(loadSubgraphConfig("screenings", { GATEWAY_MAX_DEPTH: "8", SUBGRAPH_MAX_DEPTH: "20" }).limits.maxDepth).toBe(20);
  });

  it("lets a subgraph read bodies of 32 MiB by default, room for the gateway's entity fetch of a 10,000-line claim batch", () => {
    expect(loadSubgraphConfig("levelofcare", {}).maxBodyBytes).toBe(32 * 1024 * 1024);
    expect(configErrorOf(() => loadSubgraphConfig("levelofcare", { SUBGRAPH_MAX_BODY_BYTES: "12" })).variable).toBe("SUBGRAPH_MAX_BODY_BYTES");
  });

  it("keeps shared state in each process without REDIS_URL, and in the Redis it names (redis:// or rediss://) with it", () => {
    expect(loadGatewayConfig({}).redis).toBeUndefined();
    expect(loadGatewayConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).redis).toEqual({ url: "redis://127.0.0.1:6379", keyPrefix: "pasrr:" });
    expect(loadSubgraphConfig("individuals", { REDIS_URL: "rediss://:secret@cache.internal:6380/2", REDIS_KEY_PREFIX: "staging:" }).redis).toEqual({
      url: "rediss://:secret@cache.internal:6380/2",
      keyPrefix: "staging:",
    });
    const wrongScheme = configErrorOf(() => loadGatewayConfig({ REDIS_URL: "http://127.0.0.1:6379" }));
    expect(wrongScheme.message).toBe('REDIS_URL: must be a redis://host:port URL (rediss:// for TLS) (got "http://127.0.0.1:6379")');
    expect(configErrorOf(() => loadGatewayConfig({ REDIS_URL: "127.0.0.1:6379" })).variable).toBe("REDIS_URL");
    expect(configErrorOf(() => loadGatewayConfig({ REDIS_URL: "redis://127.0.0.1", REDIS_KEY_PREFIX: "has space" })).variable).toBe("REDIS_KEY_PREFIX");
  });

  it("bounds APQ texts in length, and refuses to keep them in Redis without an age limit", () => {
    expect(loadGatewayConfig({}).automaticPersistedQueries).toEqual({
      enabled: true,
      cacheMaxBytes: 8 * 1024 * 1024,
      ttlSeconds: 86_400,
      maxTextBytes: 64 * 1024,
    });
    expect(loadGatewayConfig({ GATEWAY_APQ_TTL_SECONDS: "0" }).automaticPersistedQueries.ttlSeconds).toBe(0);
    const unbounded = configErrorOf(() => loadGatewayConfig({ GATEWAY_APQ_TTL_SECONDS: "0", REDIS_URL: "redis://127.0.0.1:6379" }));
    expect(unbounded.variable).toBe("GATEWAY_APQ_TTL_SECONDS");
    expect(
      loadGatewayConfig({ GATEWAY_APQ: "false", GATEWAY_APQ_TTL_SECONDS: "0", REDIS_URL: "redis://127.0.0.1:6379" }).automaticPersistedQueries.enabled,
    ).toBe(false);
  });

  it("derives a subgraph's URL from its configured port unless its URL is set", () => {
    const config = loadGatewayConfig({ SCREENINGS_PORT: "5002", FACILITIES_URL: "https://facilities.internal/graphql" });
    expect(config.subgraphUrls.screenings).toBe("http://127.0.0.1:5002/graphql");
    expect(config.subgraphUrls.facilities).toBe("https://facilities.internal/graphql");
  });

  it("refuses a bad gateway or subgraph port, naming the variable", () => {
    expect(configErrorOf(() => loadGatewayConfig({ GATEWAY_PORT: "abc" })).variable).toBe("GATEWAY_PORT");
    expect(configErrorOf(() => loadGatewayConfig({ SCREENINGS_PORT: "70000" })).variable).toBe("SCREENINGS_PORT");
  });

  it.each([" ", "0x1F90", "80.5", "-1"])("refuses the port %j rather than reading it as some other port", (value) => {
    expect(configErrorOf(() => loadGatewayConfig({ GATEWAY_PORT: value })).variable).toBe("GATEWAY_PORT");
  });
});
