import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { exportJWK, generateKeyPair } from "jose";
import { getIntrospectionQuery } from "graphql";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryPlanExtension, type SandboxIndex } from "../src/sandbox/sandbox-protocol.ts";
import { gatewaysAlone, openInBrowser, postOperation } from "./support/gateway-alone.ts";

const planned = "{ individuals(first: 1) { edges { node { id } } } }";

/**
 * Issues 9 and 22: the self-hosted sandbox and its development tools — dev tokens, the schema
 * without a token, the query plan — exist only where they should. Production is
 * sandbox-production.test.ts.
 */
describe("the gateway's sandbox routes", () => {
  let dataDir: string;
  /** An identity provider's keys, as a deployment with real partners configures them. */
  let jwksFile: string;
  const gateways = gatewaysAlone(() => ({ NODE_ENV: "development", HUB_DATA_DIR: dataDir }));
  const mint = (origin: string, partner: string) =>
    fetch(`${origin}/sandbox/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner }) });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-sandbox-"));
    const { publicKey } = await generateKeyPair("RS256");
    jwksFile = path.join(dataDir, "idp-jwks.json");
    await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "idp-1", alg: "RS256", use: "sig" }] }));
  });
  afterEach(() => gateways.stopAll());
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("in development: serves the page, the bundle, the guides' examples and tokens the gateway accepts, and is where a browser at /graphql lands", async () => {
    const { origin, config } = await gateways.start({});
    const page = await fetch(`${origin}/sandbox`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/sandbox/assets/main.js"');
    // Nothing on the page comes from another origin.
    expect(html).not.toMatch(/(src|href)="https?:/);
    const bundle = await fetch(`${origin}/sandbox/assets/main.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");

    const index = (await (await fetch(`${origin}/sandbox/partners.json`)).json()) as SandboxIndex;
    expect(index.devTools).toBe(true);
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

    // The sandbox is the one page: Apollo's (from its CDN) is off, and a browser at the endpoint is sent here.
    for (const address of ["/graphql", "/"]) {
      const opened = await openInBrowser(origin, address);
      expect(opened.status, address).toBe(302);
      expect(opened.headers.get("location")).toBe("/sandbox");
    }
    // A GET that carries an operation is still GraphQL's, not a page.
    const get = await fetch(`${origin}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(get.status).not.toBe(302);
  });

  it("in development: the API schema without a token (Docs at once), and the query plan only for a run that asks", async () => {
    const { origin, config } = await gateways.start({});
    const schema = await fetch(`${origin}/sandbox/schema.graphql`);
    expect(schema.status).toBe(200);
    expect(schema.headers.get("content-disposition")).toContain("attachment");
    const sdl = await schema.text();
    expect(sdl).toContain("type Query");
    // The API schema, not the supergraph: no join directives, no subgraph URLs.
    expect(sdl).not.toMatch(/join__|http:\/\//);

    // The endpoint itself still answers no one without a token, introspection included.
    const anonymous = await postOperation(origin, getIntrospectionQuery());
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(["UNAUTHENTICATED"]);

    const token = await mintDevToken(config.auth, { organisationId: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" });
    const withPlan = await postOperation(origin, planned, { token, askForPlan: true });
    expect(withPlan.body.extensions?.[queryPlanExtension]).toMatch(/^QueryPlan \{[\s\S]*Fetch\(service: "individuals"\)/);
    const withoutPlan = await postOperation(origin, planned, { token });
    expect(withoutPlan.body.extensions?.[queryPlanExtension]).toBeUndefined();
  });

  it("with SANDBOX=false: no page, no token, no schema, no plan, and no page for a browser at /graphql", async () => {
    const { origin, config } = await gateways.start({ SANDBOX: "false" });
    for (const route of ["/sandbox", "/sandbox/partners.json", "/sandbox/schema.graphql"]) expect((await fetch(`${origin}${route}`)).status, route).toBe(404);
    expect((await mint(origin, "paa")).status).toBe(404);
    const opened = await openInBrowser(origin, "/graphql");
    expect(opened.status).not.toBe(302);
    expect(opened.headers.get("content-type") ?? "").not.toContain("text/html");
    const token = await mintDevToken(config.auth, { organisationId: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" });
    expect((await postOperation(origin, planned, { token, askForPlan: true })).body.extensions?.[queryPlanExtension]).toBeUndefined();
  });

  it("in development with an identity provider's keys: the page, but no dev tokens, no schema without a token and no plan", async () => {
    const { origin } = await gateways.start({ AUTH_JWKS_FILE: jwksFile });
    expect((await fetch(`${origin}/sandbox`)).status).toBe(200);
    expect(((await (await fetch(`${origin}/sandbox/partners.json`)).json()) as SandboxIndex).devTools).toBe(false);
    expect((await mint(origin, "state-agency")).status).toBe(404);
    expect((await fetch(`${origin}/sandbox/schema.graphql`)).status).toBe(404);
  });
});
