import { ConfigError } from "@pasrr/config/config-error";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import type { Env } from "@pasrr/config/env";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dataDir = path.resolve("/srv/hub-data");

/** Runs `load` and returns the ConfigError it throws (failing the test if it throws none or another error). */
function configErrorOf(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError, but the configuration loaded");
}

describe("loadCommonConfig", () => {
  it("reads only the env object it is given, never process.env, and leaves that object untouched", () => {
    const env: Env = Object.freeze({ HUB_DATA_DIR: dataDir });
    const before = { ...process.env };
    const config = loadCommonConfig(env);
    // vitest runs with NODE_ENV=test in process.env; the plain object has no NODE_ENV, so the default wins.
    expect(process.env.NODE_ENV).toBe("test");
    expect(config.mode).toBe("development");
    expect(env).toEqual({ HUB_DATA_DIR: dataDir });
    expect(process.env).toEqual(before);
  });

  it("defaults host, issuer, audience, clock skew and the dev key file under HUB_DATA_DIR", () => {
    const config = loadCommonConfig({ HUB_DATA_DIR: dataDir, NODE_ENV: "test" });
    expect(config).toEqual({
      mode: "test",
      host: "127.0.0.1",
      dataDir,
      auth: {
        issuer: "pasrr-hub-dev",
        audience: "pasrr-hub",
        jwksFile: undefined,
        jwksUrl: undefined,
        devKeyFile: path.join(dataDir, "dev-signing-key.json"),
        serviceKeyFile: undefined,
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 43_200,
        jwksRefetchCooldownSeconds: 30,
        revokedOrganisations: [],
      },
      // Tracing off, /metrics open, the log level left to the process.
      observability: { logLevel: undefined, otlpTracesUrl: undefined, metricsBearerToken: undefined, metricsClosedWithoutToken: false },
      // The real date, in the federal default's zone.
      clock: expect.objectContaining({ timeZone: "America/New_York" }),
    });
    expect(config.clock.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads the OpenTelemetry endpoint (the base gets /v1/traces; the traces URL is taken as is), the metrics token and the log level", () => {
    expect(loadCommonConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).observability.otlpTracesUrl).toBe("http://collector:4318/v1/traces");
    expect(
      loadCommonConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://traces.example/otlp" }).observability.otlpTracesUrl,
    ).toBe("https://traces.example/otlp");
    expect(configErrorOf(() => loadCommonConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).variable).toBe("OTEL_EXPORTER_OTLP_ENDPOINT");
    expect(loadCommonConfig({ METRICS_BEARER_TOKEN: "a-long-enough-scrape-token" }).observability.metricsBearerToken).toBe("a-long-enough-scrape-token");
    expect(configErrorOf(() => loadCommonConfig({ METRICS_BEARER_TOKEN: "short" })).variable).toBe("METRICS_BEARER_TOKEN");
    expect(loadCommonConfig({ LOG_LEVEL: "debug" }).observability.logLevel).toBe("debug");
    expect(configErrorOf(() => loadCommonConfig({ LOG_LEVEL: "verbose" })).variable).toBe("LOG_LEVEL");
  });

  it("reads revoked organisations as a comma-separated list and refuses anything that is not an organisation id", () => {
    expect(loadCommonConfig({ AUTH_REVOKED_ORGANISATIONS: " paa-7, nf-1 ,," }).auth.revokedOrganisations).toEqual(["paa-7", "nf-1"]);
    expect(configErrorOf(() => loadCommonConfig({ AUTH_REVOKED_ORGANISATIONS: "paa-7;nf 1" })).variable).toBe("AUTH_REVOKED_ORGANISATIONS");
  });

  it("refuses production without AUTH_JWKS_FILE or AUTH_JWKS_URL, naming AUTH_JWKS_FILE", () => {
    const error = configErrorOf(() => loadCommonConfig({ NODE_ENV: "production", HUB_DATA_DIR: dataDir }));
    expect(error.variable).toBe("AUTH_JWKS_FILE");
    expect(error.message).toMatch(/^AUTH_JWKS_FILE: /);
  });

  it("accepts production with a JWKS file or an https JWKS URL", () => {
    expect(loadCommonConfig({ NODE_ENV: "production", AUTH_JWKS_FILE: "/etc/hub/jwks.json" }).auth.jwksFile).toBe("/etc/hub/jwks.json");
    const url = "https://idp.example.org/.well-known/jwks.json";
    expect(loadCommonConfig({ NODE_ENV: "production", AUTH_JWKS_URL: url }).auth.jwksUrl).toBe(url);
  });

  it("refuses a JWKS URL that is not http(s) and an unknown NODE_ENV, naming each variable", () => {
    expect(configErrorOf(() => loadCommonConfig({ AUTH_JWKS_URL: "ftp://idp.example.org/jwks" })).message).toMatch(/^AUTH_JWKS_URL: /);
    expect(configErrorOf(() => loadCommonConfig({ NODE_ENV: "staging" })).message).toMatch(/^NODE_ENV: /);
  });
});

describe("loadSubgraphConfig", () => {
  it("gives each subgraph its default port 4001–4004 and an embedded database under HUB_DATA_DIR/<name>", () => {
    const env: Env = { HUB_DATA_DIR: dataDir, NODE_ENV: "test" };
    const expected = { individuals: 4001, screenings: 4002, levelofcare: 4003, facilities: 4004 } as const;
    for (const [name, port] of Object.entries(expected) as [keyof typeof expected, number][]) {
      const config = loadSubgraphConfig(name, env);
      expect(config.port).toBe(port);
      expect(config.portVariable).toBe(`${name.toUpperCase()}_PORT`);
      expect(config.database).toEqual({ kind: "pglite", dataDir: path.join(dataDir, name), variable: `${name.toUpperCase()}_DATA_DIR` });
    }
  });

  it("keeps a memory:// data dir as is and resolves a relative one to an absolute path", () => {
    const inMemory = loadSubgraphConfig("individuals", { INDIVIDUALS_DATA_DIR: "memory://" });
    expect(inMemory.database).toEqual({ kind: "pglite", dataDir: "memory://", variable: "INDIVIDUALS_DATA_DIR" });
    const relative = loadSubgraphConfig("individuals", { INDIVIDUALS_DATA_DIR: "some/dir" });
    expect(relative.database).toEqual({ kind: "pglite", dataDir: path.resolve("some/dir"), variable: "INDIVIDUALS_DATA_DIR" });
  });

  it("selects PostgreSQL for a valid postgres:// or postgresql:// URL", () => {
    for (const url of ["postgres://hub@db.internal:5432/individuals", "postgresql://hub:secret@localhost/individuals"]) {
      const config = loadSubgraphConfig("individuals", { INDIVIDUALS_DATABASE_URL: url });
      expect(config.database).toEqual({ kind: "postgres", url, variable: "INDIVIDUALS_DATABASE_URL" });
    }
  });

  it.each(["mysql://x", "not a url", "postgres://", "http://db.internal/individuals"])(
    "refuses the database URL %j with a ConfigError that starts with the variable name",
    (url) => {
      const error = configErrorOf(() => loadSubgraphConfig("individuals", { INDIVIDUALS_DATABASE_URL: url }));
      expect(error.variable).toBe("INDIVIDUALS_DATABASE_URL");
      expect(error.message).toMatch(/^INDIVIDUALS_DATABASE_URL: /);
    },
  );

  it.each(["abc", "70000", "-1", "4001.5"])("refuses the port %j, naming <NAME>_PORT", (port) => {
    const error = configErrorOf(() => loadSubgraphConfig("levelofcare", { LEVELOFCARE_PORT: port }));
    expect(error.variable).toBe("LEVELOFCARE_PORT");
    expect(error.message).toMatch(/^LEVELOFCARE_PORT: /);
    expect(error.message).toContain(JSON.stringify(port));
  });

  it("reads a set port and treats an empty value as unset", () => {
    expect(loadSubgraphConfig("screenings", { SCREENINGS_PORT: "0" }).port).toBe(0);
    expect(loadSubgraphConfig("screenings", { SCREENINGS_PORT: "5100" }).port).toBe(5100);
    expect(loadSubgraphConfig("screenings", { SCREENINGS_PORT: "" }).port).toBe(4002);
  });

  it("seeds demo data by default in development only", () => {
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "development" }).seedDemoData).toBe(true);
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "test" }).seedDemoData).toBe(false);
  });

  it.each([
    ["true", true],
    ["1", true],
    ["false", false],
    ["0", false],
  ] as const)("reads SEED_DEMO_DATA=%s as %s", (value, expected) => {
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "test", SEED_DEMO_DATA: value }).seedDemoData).toBe(expected);
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "development", SEED_DEMO_DATA: value }).seedDemoData).toBe(expected);
  });

  it("refuses any other SEED_DEMO_DATA value, naming the variable", () => {
    expect(configErrorOf(() => loadSubgraphConfig("facilities", { SEED_DEMO_DATA: "yes" })).message).toMatch(/^SEED_DEMO_DATA: /);
  });
});

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
