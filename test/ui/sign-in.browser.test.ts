import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from "jose";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, signOut, watchedPage, type TestBrowser } from "../support/browser.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { hubScope, signingKey, startTestIdentityProvider, type TestAccount, type TestIdentityProvider } from "../support/identity-provider.ts";
import { freePorts } from "../support/processes.ts";

/** Where the UI keeps its session (ui/src/session/session.tsx). */
const sessionKey = "pasrr-ui.session";
const audience = "urn:pasrr:hub";
const clientId = "pasrr-hub-ui";
const accounts: Record<string, TestAccount> = {
  "sam.analyst": {
    password: "state-secret-1",
    name: "Sam Analyst",
    claims: { org: "state-medicaid-agency", role: "STATE_MEDICAID_AGENCY", counties: [], facilityIds: [] },
  },
  "pat.reviewer": {
    password: "paa-secret-2",
    name: "Pat Reviewer",
    claims: { org: "paa-region-1", role: "PAA", counties: ["Hamilton", "Butler"], facilityIds: [] },
  },
};

/** The Authorization header of every GraphQL request the page sends, in order. */
function bearersSent(page: Page): Promise<string | null>[] {
  const sent: Promise<string | null>[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/graphql" && request.method() === "POST") sent.push(request.headerValue("authorization"));
  });
  return sent;
}

/** Everything the tab keeps in web storage, as text. */
const webStorage = (page: Page) => page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }));
const heldToken = async (page: Page) =>
  (JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), sessionKey)) ?? "{}") as { token?: string }).token;

/** The graph as the token's holder sees it, asked straight at the gateway. */
async function askGraph(gatewayUrl: string, token: string, query: string) {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] } };
}
const peopleQuery = "{ individuals(first: 5) { edges { node { id } } } }";

async function signInAtProvider(page: Page, login: string, password: string) {
  await page.getByLabel("User name").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Issue 23, production sign-in: the UI signs in with a real OpenID Connect provider (panva's
 * oidc-provider: authorization code + PKCE, its own login and consent pages) whose JWT access
 * tokens, for the hub's audience (a resource indicator), carry the hub's claims; the gateway and
 * every subgraph trust its keys through AUTH_JWKS_URL and nothing else.
 */
describe("signing in with the state's identity provider", () => {
  let hub: TestHub;
  let idp: TestIdentityProvider;
  let browser: TestBrowser;
  let keyDir: string;
  let uiOrigin: string;

  beforeAll(async () => {
    const [idpPort] = await freePorts(1);
    const issuer = `http://127.0.0.1:${idpPort}`;
    const key = await signingKey();
    keyDir = await mkdtemp(path.join(tmpdir(), "pasrr-idp-"));
    // The hub's own service key must be one the provider's JWKS lists (packages/auth service-key.ts).
    await writeFile(path.join(keyDir, "service-key.json"), JSON.stringify(key), { mode: 0o600 });
    hub = await startTestHub({
      seedDemoData: true,
      env: {
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: audience,
        AUTH_JWKS_URL: `${issuer}/jwks`,
        AUTH_SERVICE_KEY_FILE: path.join(keyDir, "service-key.json"),
        UI_OIDC_AUTHORITY: issuer,
        UI_OIDC_CLIENT_ID: clientId,
        UI_OIDC_SCOPE: `openid profile ${hubScope}`,
      },
    });
    // The redirect URI the provider registers is the UI's, at the gateway the hub has just started.
    uiOrigin = `http://localhost:${new URL(hub.gatewayUrl!).port}`;
    idp = await startTestIdentityProvider({ port: idpPort!, audience, clientId, uiOrigin, accounts, signingKey: key });
    browser = await launchTestBrowser("ui-sign-in-oidc");
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.stop();
    await hub?.stop();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  it("signs in at the provider's login and consent pages, lands on the role's home with the graph's answers, and signs out of the provider too", async () => {
    const { page, offMachine, pageErrors, graphqlPosts } = await watchedPage(browser.context);
    const bearers = bearersSent(page);
    await page.goto(`${uiOrigin}/ui/`);
    await page.waitForURL(`${uiOrigin}/ui/sign-in`);
    const signInButton = page.getByRole("button", { name: "Sign in with your organisation" });
    await signInButton.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "sign-in-oidc.png"), fullPage: true });
    await signInButton.click();

    // The provider's own page, at its own origin; a wrong password is refused there.
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await signInAtProvider(page, "sam.analyst", "wrong");
    await page.getByRole("alert").filter({ hasText: "Wrong user name or password" }).waitFor();
    await page.screenshot({ path: path.join(browser.outputDir, "provider-login.png"), fullPage: true });
    await signInAtProvider(page, "sam.analyst", accounts["sam.analyst"]!.password);
    await page.getByRole("heading", { name: "Allow the PASRR hub UI to act for you?" }).waitFor();
    await page.getByRole("button", { name: "Allow" }).click();

    // Back at /ui/signed-in, then the state agency's home, with its own name from the provider.
    await page.waitForURL(`${uiOrigin}/ui/state/dashboard`);
    await page.locator('[data-signed-in-as="STATE_MEDICAID_AGENCY"]', { hasText: "Sam Analyst" }).waitFor();
    await page.locator("main h1").first().waitFor();
    await expect.poll(() => graphqlPosts.some((post) => post.query.includes("hubCalendar"))).toBe(true);
    await page.screenshot({ path: path.join(browser.outputDir, "signed-in-state.png"), fullPage: true });

    // The token the UI holds is the provider's access token for the hub, and it is what every request carried.
    const token = (await heldToken(page))!;
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", typ: "at+jwt" });
    expect(decodeJwt(token)).toMatchObject({
      iss: idp.issuer,
      aud: audience,
      client_id: clientId,
      sub: "sam.analyst",
      org: "state-medicaid-agency",
      role: "STATE_MEDICAID_AGENCY",
    });
    expect(await Promise.all(bearers)).toEqual(bearers.map(() => `Bearer ${token}`));
    // The gateway and the subgraphs behind it accept it: the hub's today, and people the individuals subgraph holds.
    expect((await askGraph(hub.gatewayUrl!, token, "{ hubCalendar { today } }")).body.data?.hubCalendar.today).toBe(hub.today);
    const people = await askGraph(hub.gatewayUrl!, token, peopleQuery);
    expect(people.body.errors).toBeUndefined();
    expect(people.body.data?.individuals.edges.length).toBeGreaterThan(0);

    // Signing out ends the provider's session as well, and leaves nothing of it in the tab.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign out of the identity provider?" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${uiOrigin}/ui/sign-in`);
    expect(await webStorage(page)).not.toMatch(/eyJ|oidc\.|pasrr-ui/);

    // The next person is asked who they are (no single sign-on as the last), and gets the PAA's scope.
    await page.getByRole("button", { name: "Sign in with your organisation" }).click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await signInAtProvider(page, "pat.reviewer", accounts["pat.reviewer"]!.password);
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${uiOrigin}/ui/paa`);
    await page.locator('[data-signed-in-as="PAA"]', { hasText: "Pat Reviewer" }).waitFor();
    const paaToken = (await heldToken(page))!;
    expect(decodeJwt(paaToken)).toMatchObject({ sub: "pat.reviewer", role: "PAA", counties: ["Hamilton", "Butler"], aud: audience });
    expect((await askGraph(hub.gatewayUrl!, paaToken, peopleQuery)).body.errors).toBeUndefined();
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("a token signed by a key the provider does not list is refused by the gateway", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ org: "state-medicaid-agency", role: "STATE_MEDICAID_AGENCY" })
      .setProtectedHeader({ alg: "RS256", kid: "test-idp-1" })
      .setSubject("sam.analyst")
      .setIssuer(idp.issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    const answer = await askGraph(hub.gatewayUrl!, forged, peopleQuery);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });
});

/**
 * Issue 23, "never keeps another user's data after signing out": with the demo sign-in, one tab
 * signs in as the state agency, reads, signs out, and the next partner starts from nothing; a tab
 * holding a token the hub will not accept is sent to sign in with the reason, never a blank page.
 */
describe("a session ends whole", () => {
  let hub: TestHub;
  let browser: TestBrowser;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    browser = await launchTestBrowser("ui-sign-in-sessions");
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("after the state agency signs out, nothing of it is kept, Back shows none of its pages, and the PAA's session asks the hub afresh with its own token", async () => {
    const { page, offMachine, pageErrors, graphqlPosts } = await watchedPage(browser.context);
    const bearers = bearersSent(page);
    const gatewayOrigin = new URL(hub.gatewayUrl!).origin;
    await page.goto(`${gatewayOrigin}/ui/sign-in`);
    await page.locator("[data-partner]").first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "sign-in-demo.png"), fullPage: true });

    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");
    await page.getByRole("link", { name: "Duplicate reviews" }).click();
    await page.waitForURL(/\/ui\/state\/duplicates$/);
    await page.locator("main h1").first().waitFor();
    await expect.poll(() => graphqlPosts.length).toBeGreaterThan(0);
    const stateToken = (await heldToken(page))!;
    expect(decodeJwt(stateToken)).toMatchObject({ role: "STATE_MEDICAID_AGENCY", org: "demo-state-agency" });
    expect(await Promise.all(bearers)).toEqual(bearers.map(() => `Bearer ${stateToken}`));

    await signOut(page);
    const kept = await webStorage(page);
    expect(kept).not.toContain(stateToken);
    expect(kept).not.toMatch(/eyJ|pasrr-ui/);

    // Back: the state agency's page is not drawn again; the router sends the tab to sign in.
    await page.goBack();
    await page.waitForURL(/\/ui\/sign-in$/);
    await page.locator("[data-partner]").first().waitFor();
    expect(await page.locator("[data-signed-in-as]").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    // Nor from the server: a reload of the page's address is the sign-in page.
    await page.goto(`${gatewayOrigin}/ui/state/duplicates`);
    await page.waitForURL(/\/ui\/sign-in$/);

    // The next partner: every request from here on goes to the network with the PAA's token, the first ones included.
    const before = { posts: graphqlPosts.length, bearers: bearers.length };
    await signInAsDemoPartner(page, hub.gatewayUrl!, "paa");
    await page.locator('[data-signed-in-as="PAA"]').waitFor();
    await expect.poll(() => graphqlPosts.length).toBeGreaterThan(before.posts);
    const paaToken = (await heldToken(page))!;
    expect(decodeJwt(paaToken)).toMatchObject({ role: "PAA", counties: ["Hamilton", "Butler"] });
    expect(graphqlPosts.slice(before.posts).some((post) => post.query.includes("hubCalendar"))).toBe(true);
    expect(await Promise.all(bearers.slice(before.bearers))).toEqual(bearers.slice(before.bearers).map(() => `Bearer ${paaToken}`));
    expect(await page.locator("body").textContent()).not.toMatch(/State Medicaid agency|state medicaid agency/);
    // The two tokens are two partners to the hub: the PAA may not read the state's oversight records.
    const oversight = "{ individualsAuditEvents(first: 1) { __typename } }";
    expect((await askGraph(hub.gatewayUrl!, stateToken, oversight)).body.errors).toBeUndefined();
    const paaAsks = await askGraph(hub.gatewayUrl!, paaToken, oversight);
    expect(paaAsks.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    await page.screenshot({ path: path.join(browser.outputDir, "signed-in-paa-after-state.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("a tab holding a garbled, expired or untrusted token is sent to sign in with the reason, not left on a blank page", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const untrusted = await new SignJWT({ org: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" })
      .setProtectedHeader({ alg: "RS256", kid: "dev" })
      .setSubject("someone")
      .setIssuer("pasrr-hub-dev")
      .setAudience("pasrr-hub")
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    const expired = await hub.token({ role: "STATE_MEDICAID_AGENCY", expiresInSeconds: -60 });
    const held = {
      "not JSON": "{{garbage",
      "not a token": JSON.stringify({ token: "garbage", label: "Someone" }),
      expired: JSON.stringify({ token: expired, label: "State Medicaid agency" }),
      "signed by another key": JSON.stringify({ token: untrusted, label: "State Medicaid agency" }),
    };
    for (const [what, saved] of Object.entries(held)) {
      const { page, offMachine, pageErrors, graphqlPosts } = await watchedPage(browser.context);
      const gatewayOrigin = new URL(hub.gatewayUrl!).origin;
      await page.goto(`${gatewayOrigin}/ui/sign-in`);
      // Once this page has read the (empty) session: the next one opens with the token in the tab.
      await page.locator("[data-partner]").first().waitFor();
      await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [sessionKey, saved]);
      await page.goto(`${gatewayOrigin}/ui/state/duplicates`);
      await page.waitForURL(/\/ui\/sign-in$/);
      const notice = page.locator('[role="alert"][data-code="UNAUTHENTICATED"]');
      await notice.waitFor();
      expect(await notice.textContent(), what).toContain("Sign in again");
      await page.locator("[data-partner]").first().waitFor();
      expect(await page.evaluate((key) => sessionStorage.getItem(key), sessionKey), what).toBeNull();
      // Only the token that looked good was sent, once, and the hub's refusal ended the session.
      expect(graphqlPosts.length, what).toBe(what === "signed by another key" ? 1 : 0);
      if (what === "signed by another key") {
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(browser.outputDir, "sign-in-after-refusal.png"), fullPage: true });
      }
      expect(offMachine, what).toEqual([]);
      expect(pageErrors, what).toEqual([]);
      await page.close();
    }
  });
});
