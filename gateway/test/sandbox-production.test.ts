import type { Env } from "@pasrr/config/env";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { getIntrospectionQuery } from "graphql";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { productionKeys } from "../../test/support/production-keys.ts";
import { queryPlanExtension, type SandboxIndex } from "../src/sandbox/sandbox-protocol.ts";
import { gatewaysAlone, openInBrowser, postOperation } from "./support/gateway-alone.ts";

const devRoutes = ["/sandbox/token", "/sandbox/schema.graphql"];
const planned = "{ individuals(first: 1) { edges { node { id } } } }";

/**
 * Issue 22: production opens nothing for the sandbox's sake. Off by default, the gateway serves no
 * sandbox route, sends no browser anywhere and refuses introspection; with `SANDBOX=true` it
 * serves the page (docs/operations.md) but none of the development tools — no dev tokens, no
 * schema without a token, no query plan — and a safelisted partner still may not introspect.
 */
describe("the sandbox in production", () => {
  let dataDir: string;
  let keys: Env;
  const gateways = gatewaysAlone(() => ({ ...keys, HUB_DATA_DIR: dataDir }));
  /** A token from the identity provider (the test holds its signing key), as a partner's client sends it. */
  const tokenFor = (organisationId: string, role: "STATE_MEDICAID_AGENCY" | "MEDICAID_PAYMENT") =>
    mintDevToken(loadCommonConfig(keys).auth, { organisationId, role });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-sandbox-production-"));
    keys = await productionKeys();
  });
  afterEach(() => gateways.stopAll());
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("by default: no sandbox route, no page for a browser at /graphql, no query plan, and introspection refused with or without a token", async () => {
    const { origin, config } = await gateways.start({});
    expect(config.mode).toBe("production");
    for (const route of ["/sandbox", "/sandbox/partners.json", "/sandbox/assets/main.js", ...devRoutes]) {
      expect((await fetch(`${origin}${route}`, { method: route === "/sandbox/token" ? "POST" : "GET" })).status, route).toBe(404);
    }
    for (const address of ["/graphql", "/"]) {
      const opened = await openInBrowser(origin, address);
      expect(opened.status, address).not.toBe(302);
      expect(opened.headers.get("content-type") ?? "", address).not.toContain("text/html");
    }

    const anonymous = await postOperation(origin, getIntrospectionQuery());
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(["UNAUTHENTICATED"]);
    const state = await tokenFor("prod-state-agency", "STATE_MEDICAID_AGENCY");
    const introspection = await postOperation(origin, getIntrospectionQuery(), { token: state });
    expect(introspection.codes).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(introspection.body.data).toBeUndefined();

    // @apollo/gateway would show its plan outside NODE_ENV=production; this process's NODE_ENV is vitest's "test".
    const run = await postOperation(origin, planned, { token: state, askForPlan: true });
    expect(run.body.extensions?.[queryPlanExtension]).toBeUndefined();
  });

  it("with SANDBOX=true: the page, but no dev tokens, no schema without a token, no plan, and no introspection for a safelisted partner", async () => {
    const { origin } = await gateways.start({ SANDBOX: "true" });
    expect((await fetch(`${origin}/sandbox`)).status).toBe(200);
    expect(((await (await fetch(`${origin}/sandbox/partners.json`)).json()) as SandboxIndex).devTools).toBe(false);
    for (const route of devRoutes) expect((await fetch(`${origin}${route}`, { method: "POST" })).status, route).toBe(404);
    expect((await fetch(`${origin}/sandbox/schema.graphql`)).status).toBe(404);

    const anonymous = await postOperation(origin, getIntrospectionQuery());
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(["UNAUTHENTICATED"]);
    // The payment system is safelisted in production: only its registered operations run, never introspection.
    const payment = await postOperation(origin, getIntrospectionQuery(), { token: await tokenFor("prod-payment", "MEDICAID_PAYMENT") });
    expect(payment.status).toBe(403);
    expect(payment.codes).toEqual(["PERSISTED_QUERY_NOT_IN_SAFELIST"]);
    expect(payment.body.data).toBeUndefined();

    const run = await postOperation(origin, planned, { token: await tokenFor("prod-state-agency", "STATE_MEDICAID_AGENCY"), askForPlan: true });
    expect(run.body.extensions?.[queryPlanExtension]).toBeUndefined();
  });
});
