import { startGateway } from "@pasrr/gateway";
import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import type { Env } from "@pasrr/config/env";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "../src/config/gateway-config.ts";
import { exportJWK, generateKeyPair } from "jose";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 9, item 1: the self-hosted sandbox and its dev-token endpoint exist only where they
 * should. The gateway runs alone (its supergraph is static, so no subgraph is needed to serve
 * these routes), over real HTTP, in each configuration.
 */
describe("the gateway's sandbox routes", () => {
  let dataDir: string;
  /** An identity provider's keys, as production configures them. */
  let jwksFile: string;
  /** The hub's service key, which production requires too (the gateway vouches for its subgraph fetches with it). */
  let serviceKeyFile: string;
  const running: RunningService[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-sandbox-"));
    const { publicKey } = await generateKeyPair("RS256");
    jwksFile = path.join(dataDir, "idp-jwks.json");
    await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "idp-1", alg: "RS256", use: "sig" }] }));
    const service = await generateKeyPair("RS256", { extractable: true });
    serviceKeyFile = path.join(dataDir, "service-key.json");
    await writeFile(serviceKeyFile, JSON.stringify({ ...(await exportJWK(service.privateKey)), kid: "service-1", alg: "RS256", use: "sig" }));
  });
  afterAll(async () => {
    for (const service of running) await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function gatewayWith(extra: Env) {
    const env: Env = { NODE_ENV: "development", HUB_DATA_DIR: dataDir, HOST: "127.0.0.1", GATEWAY_PORT: "0", ...extra };
    const config = loadGatewayConfig(env);
    const service = await startGateway(config);
    running.push(service);
    return { origin: new URL(service.url).origin, config };
  }
  const mint = (origin: string, partner: string) =>
    fetch(`${origin}/sandbox/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner }) });

  it("in development: serves the page, the bundle, the guides' examples and tokens the gateway accepts", async () => {
    const { origin, config } = await gatewayWith({});
    const page = await fetch(`${origin}/sandbox`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/sandbox/assets/main.js"');
    // Nothing on the page comes from another origin.
    expect(html).not.toMatch(/(src|href)="https?:/);
    const bundle = await fetch(`${origin}/sandbox/assets/main.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");

    const index = (await (await fetch(`${origin}/sandbox/partners.json`)).json()) as {
      partners: { key: string }[];
      examples: { partner: string; query: string }[];
      canMintTokens: boolean;
    };
    expect(index.canMintTokens).toBe(true);
    expect(index.partners.map((partner) => partner.key).sort()).toEqual([
      "dd-authority",
      "hospital",
      "medicaid-payment",
      "mh-authority",
      "nursing-facility",
      "paa",
      "state-agency",
    ]);
    expect(index.examples.find((example) => example.partner === "medicaid-payment")?.query).toContain("levelOfCareClaimBatch");

    const minted = await mint(origin, "paa");
    expect(minted.status).toBe(200);
    const { token } = (await minted.json()) as { token: string };
    const principal = await (await createTokenVerifier(config.auth))(`Bearer ${token}`);
    expect(principal).toMatchObject({ role: "PAA", counties: ["Hamilton", "Butler"] });

    expect((await mint(origin, "root")).status).toBe(400);
    expect((await fetch(`${origin}/sandbox/token`)).status).toBe(405);
    // Apollo's own landing page still answers a browser at /graphql.
    const landing = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain("<html");
  });

  it("with SANDBOX=false: no page and no token endpoint", async () => {
    const { origin } = await gatewayWith({ SANDBOX: "false" });
    expect((await fetch(`${origin}/sandbox`)).status).toBe(404);
    expect((await fetch(`${origin}/sandbox/partners.json`)).status).toBe(404);
    expect((await mint(origin, "paa")).status).toBe(404);
  });

  it("in production: off by default, and even when SANDBOX=true it mints no tokens", async () => {
    const production = { NODE_ENV: "production", AUTH_JWKS_FILE: jwksFile, AUTH_SERVICE_KEY_FILE: serviceKeyFile };

    const off = await gatewayWith(production);
    expect((await fetch(`${off.origin}/sandbox`)).status).toBe(404);
    expect((await mint(off.origin, "state-agency")).status).toBe(404);

    const configured = await gatewayWith({ ...production, SANDBOX: "true" });
    expect((await fetch(`${configured.origin}/sandbox`)).status).toBe(200);
    const index = (await (await fetch(`${configured.origin}/sandbox/partners.json`)).json()) as { canMintTokens: boolean };
    expect(index.canMintTokens).toBe(false);
    expect((await mint(configured.origin, "state-agency")).status).toBe(404);
  });

  it("in development with an identity provider's keys: mints no dev tokens the gateway would refuse", async () => {
    const { origin } = await gatewayWith({ AUTH_JWKS_FILE: jwksFile });
    expect((await mint(origin, "state-agency")).status).toBe(404);
  });
});
