import type { Env } from "@pasrr/config/env";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { productionKeys } from "../../test/support/production-keys.ts";
import type { UiRuntimeConfig } from "../../ui/src/app/ui-paths.ts";
import { gatewaysAlone } from "./support/gateway-alone.ts";

const identityProvider = "https://login.state.example/realms/pasrr";
const oidcEnv: Env = { UI_OIDC_AUTHORITY: identityProvider, UI_OIDC_CLIENT_ID: "pasrr-hub-ui" };
const devToken = (origin: string) =>
  fetch(`${origin}/sandbox/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner: "paa" }) });
const runtimeConfig = async (origin: string) => (await (await fetch(`${origin}/ui/config.json`)).json()) as UiRuntimeConfig;
/** The CSP's directives by name. */
const policy = (response: Response) =>
  Object.fromEntries(
    (response.headers.get("content-security-policy") ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );

/**
 * Issue 23: the gateway serves the UI's static build at /ui/ with its runtime configuration, and
 * only where somebody can sign in: the demo partners where the gateway mints dev tokens, the
 * state's identity provider (UI_OIDC_AUTHORITY) anywhere. Needs ui/dist (npm run generate).
 */
describe("the gateway's UI routes", () => {
  let dataDir: string;
  let production: Env;
  const gateways = gatewaysAlone(() => ({ NODE_ENV: "development", HUB_DATA_DIR: dataDir }));

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-ui-routes-"));
    production = await productionKeys();
  });
  afterEach(() => gateways.stopAll());
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("in development: index.html under a Content-Security-Policy that allows this origin only, hashed assets cached for good, any other /ui/ path answered with index.html", async () => {
    const { origin } = await gateways.start({});
    const page = await fetch(`${origin}/ui/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(policy(page)).toMatchObject({ "default-src": ["'self'"], "script-src": ["'self'"], "connect-src": ["'self'"], "frame-ancestors": ["'none'"] });
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/ui\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const asset of assets) {
      expect(asset).toMatch(/-[\w-]{8,}\.(js|css)$/);
      const response = await fetch(`${origin}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get("cache-control"), asset).toBe("public, max-age=31536000, immutable");
    }
    expect((await fetch(`${origin}/ui/assets/not-built-a1b2c3d4.js`)).status).toBe(404);
    // Only a name inside ui/dist/assets is ever read.
    expect((await fetch(`${origin}/ui/assets/..%2f..%2fpackage.json`)).status).toBe(404);

    for (const route of ["/ui", "/ui/state/duplicates", "/ui/people/0193a000-0000-7000-8000-000000000001", "/ui/no/such/page"]) {
      const fallback = await fetch(`${origin}${route}`);
      expect(fallback.status, route).toBe(200);
      expect(await fallback.text(), route).toBe(html);
      expect(fallback.headers.get("content-security-policy"), route).toBe(page.headers.get("content-security-policy"));
    }
  });

  it("in development: /ui/config.json says sign in as a demo partner, with the dev-token route the gateway answers", async () => {
    const { origin } = await gateways.start({});
    const response = await fetch(`${origin}/ui/config.json`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const config = (await response.json()) as UiRuntimeConfig;
    expect(config).toEqual({ graphqlUrl: "/graphql", signIn: { kind: "demo-partner", partnersUrl: "/sandbox/partners.json", tokenUrl: "/sandbox/token" } });
    expect((await devToken(origin)).status).toBe(200);
  });

  it("with UI_OIDC_AUTHORITY: /ui/config.json names the identity provider, the CSP lets the page reach it, and no dev token is minted where its keys are trusted", async () => {
    const { origin } = await gateways.start({
      ...oidcEnv,
      UI_OIDC_SCOPE: "openid profile hub",
      UI_OIDC_BEARER: "id_token",
      AUTH_JWKS_URL: `${identityProvider}/jwks`,
    });
    expect(await runtimeConfig(origin)).toEqual({
      graphqlUrl: "/graphql",
      signIn: { kind: "oidc", authority: identityProvider, clientId: "pasrr-hub-ui", scope: "openid profile hub", bearer: "id_token" },
    });
    const page = await fetch(`${origin}/ui/`);
    expect(page.status).toBe(200);
    expect(policy(page)["connect-src"]).toEqual(["'self'", "https://login.state.example"]);
    expect(policy(page)["script-src"]).toEqual(["'self'"]);
    expect((await devToken(origin)).status).toBe(404);
  });

  it("with UI_OIDC_AUTHORITY alone: the scope and the bearer have their defaults, and a client id is required", async () => {
    const { origin } = await gateways.start(oidcEnv);
    expect((await runtimeConfig(origin)).signIn).toMatchObject({ kind: "oidc", scope: "openid profile", bearer: "access_token" });
    await expect(gateways.start({ UI_OIDC_AUTHORITY: identityProvider })).rejects.toThrow(/UI_OIDC_CLIENT_ID/);
    await expect(gateways.start({ ...oidcEnv, UI_OIDC_BEARER: "refresh_token" })).rejects.toThrow(/UI_OIDC_BEARER/);
  });

  it("in production without an identity provider: no UI (nobody could sign in) and no token route", async () => {
    const { origin, config } = await gateways.start({ ...production, UI: "true" });
    expect(config.mode).toBe("production");
    for (const route of ["/ui/", "/ui/config.json", "/ui/paa"]) expect((await fetch(`${origin}${route}`)).status, route).toBe(404);
    expect((await devToken(origin)).status).toBe(404);
  });

  it("in production with an identity provider and UI=true: the UI signs in there, and still no token route", async () => {
    const { origin } = await gateways.start({ ...production, ...oidcEnv, UI: "true" });
    expect((await fetch(`${origin}/ui/`)).status).toBe(200);
    expect((await runtimeConfig(origin)).signIn.kind).toBe("oidc");
    expect((await devToken(origin)).status).toBe(404);
    // Off by default in production: a state may serve ui/dist from any web server instead.
    const byDefault = await gateways.start({ ...production, ...oidcEnv });
    expect((await fetch(`${byDefault.origin}/ui/`)).status).toBe(404);
  });

  it("UI=false: no UI route answers, in development too", async () => {
    const { origin } = await gateways.start({ UI: "false" });
    for (const route of ["/ui/", "/ui/config.json", "/ui/state/duplicates"]) expect((await fetch(`${origin}${route}`)).status, route).toBe(404);
    // The sandbox's own routes are another setting's.
    expect((await devToken(origin)).status).toBe(200);
  });

  it("in development with an identity provider's keys but no UI_OIDC_AUTHORITY: no UI, since no dev token is minted there", async () => {
    const { origin } = await gateways.start({ AUTH_JWKS_URL: `${identityProvider}/jwks` });
    expect((await fetch(`${origin}/ui/`)).status).toBe(404);
    expect((await devToken(origin)).status).toBe(404);
  });
});
