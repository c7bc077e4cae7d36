import { ConfigError } from "@pasrr/config/config-error";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import type { Env } from "@pasrr/config/env";
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
        verifiedTokenCacheSize: 10_000,
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
      loadCommonConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://traces.example/otlp" })
        .observability.otlpTracesUrl,
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
      expect(config.database).toMatchObject({ kind: "postgres", url, variable: "INDIVIDUALS_DATABASE_URL" });
    }
  });

  it("passes the common DATABASE_* settings to each subgraph's PostgreSQL (packages/db/test/database-config.test.ts has each one)", () => {
    const config = loadSubgraphConfig("screenings", { SCREENINGS_DATABASE_URL: "postgresql://hub@db.internal/screenings", DATABASE_POOL_MAX: "40" });
    expect(config.database).toMatchObject({ kind: "postgres", settings: { poolMax: 40, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 } });
  });

  it("refuses production without <NAME>_DATABASE_URL rather than fall back to an embedded database", () => {
    const production = { NODE_ENV: "production", AUTH_JWKS_FILE: "/etc/hub/jwks.json" };
    const error = configErrorOf(() => loadSubgraphConfig("levelofcare", production));
    expect(error.variable).toBe("LEVELOFCARE_DATABASE_URL");
    expect(error.message).toMatch(/^LEVELOFCARE_DATABASE_URL: required in production/);
    expect(loadSubgraphConfig("levelofcare", { ...production, LEVELOFCARE_DATABASE_URL: "postgresql://hub@db.internal/loc" }).database.kind).toBe("postgres");
  });

  it("applies pending migrations at start by default outside production, and only checks for them in production", () => {
    const production = { NODE_ENV: "production", AUTH_JWKS_FILE: "/etc/hub/jwks.json", FACILITIES_DATABASE_URL: "postgresql://hub@db.internal/facilities" };
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "development" }).migrateAtStart).toBe(true);
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "test" }).migrateAtStart).toBe(true);
    expect(loadSubgraphConfig("facilities", production).migrateAtStart).toBe(false);
    expect(loadSubgraphConfig("facilities", { NODE_ENV: "test", MIGRATE_AT_START: "false" }).migrateAtStart).toBe(false);
    expect(loadSubgraphConfig("facilities", { ...production, MIGRATE_AT_START: "true" }).migrateAtStart).toBe(true);
    expect(configErrorOf(() => loadSubgraphConfig("facilities", { MIGRATE_AT_START: "always" })).variable).toBe("MIGRATE_AT_START");
  });

  it("bounds the idempotent transaction by IDEMPOTENCY_TRANSACTION_TIMEOUT_MS (60 s) and IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS (10 s)", () => {
    expect(loadSubgraphConfig("individuals", {}).idempotency).toEqual({ transactionTimeoutMs: 60_000, transactionMaxWaitMs: 10_000 });
    expect(
      loadSubgraphConfig("individuals", { IDEMPOTENCY_TRANSACTION_TIMEOUT_MS: "120000", IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS: "2000" }).idempotency,
    ).toEqual({ transactionTimeoutMs: 120_000, transactionMaxWaitMs: 2_000 });
    for (const variable of ["IDEMPOTENCY_TRANSACTION_TIMEOUT_MS", "IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS"]) {
      for (const value of ["0", "soon", "1.5"]) expect(configErrorOf(() => loadSubgraphConfig("individuals", { [variable]: value })).variable).toBe(variable);
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
