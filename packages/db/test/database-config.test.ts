import { ConfigError } from "@pasrr/config/config-error";
import type { Env, RuntimeMode } from "@pasrr/config/env";
import { defaultPostgresSettings, loadDatabaseConfig, type DatabaseConfig } from "@pasrr/db/database-config";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dataDir = path.resolve("/srv/hub-data");
const url = "postgresql://hub:secret@db.internal:5432/pasrr_individuals";

const load = (env: Env, mode: RuntimeMode = "test") => loadDatabaseConfig(env, "individuals", dataDir, mode);
const settingsOf = (config: DatabaseConfig) => {
  if (config.kind !== "postgres") throw new Error("expected PostgreSQL");
  return config.settings;
};

/** The ConfigError `run` throws (failing the test if it throws none or another error). */
function refusal(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError, but the configuration loaded");
}

describe("which database", () => {
  it.each(["development", "test"] as const)("in %s a subgraph without <NAME>_DATABASE_URL gets the embedded PGlite", (mode) => {
    expect(load({}, mode)).toEqual({ kind: "pglite", dataDir: path.join(dataDir, "individuals"), variable: "INDIVIDUALS_DATA_DIR" });
  });

  it("production refuses to start without <NAME>_DATABASE_URL, naming it, even with a data dir set", () => {
    for (const env of [{}, { INDIVIDUALS_DATA_DIR: "/srv/pglite" }, { INDIVIDUALS_DATA_DIR: "memory://" }]) {
      const error = refusal(() => load(env, "production"));
      expect(error.variable).toBe("INDIVIDUALS_DATABASE_URL");
      expect(error.message).toMatch(/^INDIVIDUALS_DATABASE_URL: required in production/);
    }
  });

  it("production with a URL gets PostgreSQL with the default settings", () => {
    expect(load({ INDIVIDUALS_DATABASE_URL: url }, "production")).toEqual({
      kind: "postgres",
      url,
      variable: "INDIVIDUALS_DATABASE_URL",
      settings: { poolMax: 10, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000, ssl: { mode: "disable", rootCertFile: undefined } },
    });
    expect(settingsOf(load({ INDIVIDUALS_DATABASE_URL: url }))).toEqual(defaultPostgresSettings);
  });
});

describe("the DATABASE_* settings, the same for every subgraph", () => {
  it("reads the pool size, the statement timeout and the connect timeout", () => {
    const settings = settingsOf(
      load({ INDIVIDUALS_DATABASE_URL: url, DATABASE_POOL_MAX: "25", DATABASE_STATEMENT_TIMEOUT_MS: "1500", DATABASE_CONNECT_TIMEOUT_MS: "2000" }),
    );
    expect(settings).toMatchObject({ poolMax: 25, statementTimeoutMs: 1500, connectTimeoutMs: 2000 });
    // Every subgraph reads the same variables.
    const facilities = loadDatabaseConfig({ FACILITIES_DATABASE_URL: url, DATABASE_POOL_MAX: "25" }, "facilities", dataDir, "test");
    expect(settingsOf(facilities).poolMax).toBe(25);
  });

  it.each([
    ["DATABASE_POOL_MAX", "0"],
    ["DATABASE_POOL_MAX", "ten"],
    ["DATABASE_POOL_MAX", "2.5"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "0"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "-5"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "soon"],
    ["DATABASE_SSL_MODE", "prefer"],
    ["DATABASE_SSL_MODE", "on"],
  ])("refuses %s=%j, naming it", (variable, value) => {
    const error = refusal(() => load({ INDIVIDUALS_DATABASE_URL: url, [variable]: value }));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it("refuses a bad setting on the embedded database too, so a typo surfaces before production", () => {
    expect(refusal(() => load({ DATABASE_POOL_MAX: "lots" })).variable).toBe("DATABASE_POOL_MAX");
  });
});

describe("TLS: DATABASE_SSL_MODE, DATABASE_SSL_ROOT_CERT and the URL's sslmode", () => {
  const ssl = (env: Env) => settingsOf(load({ INDIVIDUALS_DATABASE_URL: url, ...env })).ssl;

  it("is off unless set, and takes require without a CA, verify-ca and verify-full with one", () => {
    expect(ssl({})).toEqual({ mode: "disable", rootCertFile: undefined });
    expect(ssl({ DATABASE_SSL_MODE: "require" })).toEqual({ mode: "require", rootCertFile: undefined });
    for (const mode of ["verify-ca", "verify-full"]) {
      expect(ssl({ DATABASE_SSL_MODE: mode, DATABASE_SSL_ROOT_CERT: "/etc/hub/db-ca.pem" })).toEqual({ mode, rootCertFile: "/etc/hub/db-ca.pem" });
    }
  });

  it("follows the URL's sslmode and sslrootcert when the variables are unset, and takes them out of the URL it connects with", () => {
    const config = load({ INDIVIDUALS_DATABASE_URL: `${url}?sslmode=verify-full&sslrootcert=/etc/hub/db-ca.pem&application_name=hub` });
    expect(settingsOf(config).ssl).toEqual({ mode: "verify-full", rootCertFile: "/etc/hub/db-ca.pem" });
    // node-postgres would let these override the ssl options (and read require as verify-full).
    expect(config.kind === "postgres" && config.url).toBe(`${url}?application_name=hub`);
    expect(ssl({ INDIVIDUALS_DATABASE_URL: `${url}?sslmode=require` })).toEqual({ mode: "require", rootCertFile: undefined });
  });

  it("accepts the URL and the variable when they agree", () => {
    expect(ssl({ INDIVIDUALS_DATABASE_URL: `${url}?sslmode=require`, DATABASE_SSL_MODE: "require" }).mode).toBe("require");
  });

  it("refuses an sslmode in the URL that differs from DATABASE_SSL_MODE, naming DATABASE_SSL_MODE and the URL's variable", () => {
    const error = refusal(() => ssl({ INDIVIDUALS_DATABASE_URL: `${url}?sslmode=require`, DATABASE_SSL_MODE: "disable" }));
    expect(error.variable).toBe("DATABASE_SSL_MODE");
    expect(error.message).toBe("DATABASE_SSL_MODE: is disable but INDIVIDUALS_DATABASE_URL says sslmode=require; set one, or make them agree");
  });

  it("refuses a CA file in the URL that differs from DATABASE_SSL_ROOT_CERT", () => {
    const error = refusal(() => ssl({ INDIVIDUALS_DATABASE_URL: `${url}?sslmode=verify-full&sslrootcert=/a.pem`, DATABASE_SSL_ROOT_CERT: "/b.pem" }));
    expect(error.variable).toBe("DATABASE_SSL_ROOT_CERT");
  });

  it("refuses verify-ca and verify-full without a CA file, naming DATABASE_SSL_ROOT_CERT", () => {
    for (const env of [{ DATABASE_SSL_MODE: "verify-ca" }, { DATABASE_SSL_MODE: "verify-full" }, { INDIVIDUALS_DATABASE_URL: `${url}?sslmode=verify-full` }]) {
      expect(refusal(() => ssl(env)).message).toMatch(/^DATABASE_SSL_ROOT_CERT: required with DATABASE_SSL_MODE=verify-/);
    }
  });

  it("refuses a CA file with a mode that verifies nothing, rather than ignore it or verify behind the operator's back", () => {
    for (const mode of ["disable", "require"]) {
      expect(refusal(() => ssl({ DATABASE_SSL_MODE: mode, DATABASE_SSL_ROOT_CERT: "/etc/hub/db-ca.pem" })).variable).toBe("DATABASE_SSL_ROOT_CERT");
    }
  });

  it.each(["sslmode=prefer", "sslmode=allow", "ssl=true", "sslcert=/c.pem", "sslkey=/k.pem", "uselibpqcompat=true", "statement_timeout=0"])(
    "refuses a URL with %s, naming the URL's variable",
    (parameter) => {
      const error = refusal(() => ssl({ INDIVIDUALS_DATABASE_URL: `${url}?${parameter}` }));
      expect(error.variable).toBe("INDIVIDUALS_DATABASE_URL");
      expect(error.message).not.toContain("secret");
    },
  );
});
