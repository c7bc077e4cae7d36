import { ConfigError } from "@pasrr/config/config-error";
import type { Env } from "@pasrr/config/env";
import { loadGatewayConfig } from "../src/config/gateway-config.ts";
import { parse } from "graphql";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestOf, manifestText } from "../src/persisted-operations/operation-manifest.ts";
import { loadSafelist } from "../src/persisted-operations/safelist.ts";
import { startGateway } from "../src/server.ts";

/** Runs `load` and returns the ConfigError it throws (failing the test if it throws none or another error). */
async function configErrorOf(load: () => unknown): Promise<ConfigError> {
  try {
    await load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError, but the configuration loaded");
}

const production: Env = { NODE_ENV: "production", AUTH_JWKS_FILE: "/etc/hub/jwks.json" };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pasrr-safelist-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("persisted operations configuration", () => {
  it("safelists the payment system in production and no one in development or test; `none` turns it off", () => {
    expect(loadGatewayConfig(production).safelist.roles).toEqual(["MEDICAID_PAYMENT"]);
    expect(loadGatewayConfig({ NODE_ENV: "development" }).safelist.roles).toEqual([]);
    expect(loadGatewayConfig({ NODE_ENV: "test" }).safelist.roles).toEqual([]);
    expect(loadGatewayConfig({ ...production, GATEWAY_SAFELISTED_ROLES: "none" }).safelist.roles).toEqual([]);
    expect(loadGatewayConfig({ NODE_ENV: "test", GATEWAY_SAFELISTED_ROLES: " MEDICAID_PAYMENT, HOSPITAL " }).safelist.roles).toEqual([
      "MEDICAID_PAYMENT",
      "HOSPITAL",
    ]);
  });

  it("refuses an unknown role, naming the variable, the value and the roles there are", async () => {
    const error = await configErrorOf(() => loadGatewayConfig({ GATEWAY_SAFELISTED_ROLES: "MEDICAID_PAYMENT,PAYMENT" }));
    expect(error.variable).toBe("GATEWAY_SAFELISTED_ROLES");
    expect(error.message).toMatch(/^GATEWAY_SAFELISTED_ROLES: unknown role "PAYMENT"; roles are STATE_MEDICAID_AGENCY, .*MEDICAID_PAYMENT/);
  });

  it("bounds the APQ cache by size and age, with defaults, and refuses nonsense", async () => {
    expect(loadGatewayConfig({}).automaticPersistedQueries).toEqual({
      enabled: true,
      cacheMaxBytes: 8 * 1024 * 1024,
      ttlSeconds: 86_400,
      maxTextBytes: 64 * 1024,
    });
    expect(
      loadGatewayConfig({ GATEWAY_APQ: "false", GATEWAY_APQ_CACHE_MAX_BYTES: "65536", GATEWAY_APQ_TTL_SECONDS: "0", GATEWAY_APQ_MAX_TEXT_BYTES: "4096" })
        .automaticPersistedQueries,
    ).toEqual({
      enabled: false,
      cacheMaxBytes: 65_536,
      ttlSeconds: 0,
      maxTextBytes: 4_096,
    });
    expect((await configErrorOf(() => loadGatewayConfig({ GATEWAY_APQ_CACHE_MAX_BYTES: "lots" }))).variable).toBe("GATEWAY_APQ_CACHE_MAX_BYTES");
    expect((await configErrorOf(() => loadGatewayConfig({ GATEWAY_APQ_TTL_SECONDS: "-1" }))).variable).toBe("GATEWAY_APQ_TTL_SECONDS");
  });

  it("stops the gateway before it starts when a safelisted role's manifest cannot be read, naming the file", async () => {
    const missing = path.join(dir, "nowhere");
    const error = await configErrorOf(() =>
      startGateway(loadGatewayConfig({ NODE_ENV: "test", GATEWAY_SAFELISTED_ROLES: "MEDICAID_PAYMENT", GATEWAY_PERSISTED_OPERATIONS_DIR: missing })),
    );
    expect(error.variable).toBe("GATEWAY_PERSISTED_OPERATIONS_DIR");
    expect(error.message).toContain(
      `MEDICAID_PAYMENT is safelisted (GATEWAY_SAFELISTED_ROLES), but its manifest ${path.join(missing, "medicaid-payment.json")} cannot be read (ENOENT)`,
    );
  });

  it.each([
    ["not JSON", "{ operations: ", /is not JSON$/],
    ["another format", JSON.stringify({ format: "relay", version: 1, operations: [] }), /is not an apollo-persisted-query-manifest: format: /],
    [
      "an id that is not its body's sha256",
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: "0".repeat(64), name: "Q", type: "query", body: "query Q { __typename }" }],
      }),
      /operations\.0\.id: Q: id is not the sha256 of its body/,
    ],
    [
      "an introspection operation",
      manifestText(manifestOf([parse("query Peek { __schema { types { name } } }")])),
      /registers Peek, which introspects the schema/,
    ],
  ])("refuses a manifest that is %s", async (_name, text, message) => {
    const manifestDir = await mkdtemp(path.join(dir, "manifest-"));
    await writeFile(path.join(manifestDir, "hospital.json"), text);
    const error = await configErrorOf(() => loadSafelist({ roles: ["HOSPITAL"], manifestDir }));
    expect(error.variable).toBe("GATEWAY_PERSISTED_OPERATIONS_DIR");
    expect(error.message).toMatch(message);
  });

  it("reads each safelisted role's registered operations by id", async () => {
    const manifestDir = await mkdtemp(path.join(dir, "manifest-"));
    const manifest = manifestOf([parse("query Two { __typename }"), parse("query One { __typename }")]);
    await writeFile(path.join(manifestDir, "medicaid-payment.json"), manifestText(manifest));
    const safelist = loadSafelist({ roles: ["MEDICAID_PAYMENT"], manifestDir });
    expect([...(safelist.get("MEDICAID_PAYMENT")?.values() ?? [])].map((operation) => operation.name)).toEqual(["One", "Two"]);
    expect(safelist.get("PAA")).toBeUndefined();
  });
});
