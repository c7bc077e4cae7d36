import { exportJWK, generateKeyPair, type JWK } from "jose";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { HubClaims } from "@pasrr/auth/principal";

/**
 * A real OpenID Connect provider (panva's oidc-provider) for browser tests of the UI's production
 * sign-in: authorization code with PKCE for a public client, login and consent pages of its own
 * (plain forms, nothing fetched from outside this machine), and JWT access tokens for the hub's
 * audience (resource indicators, RFC 8707) that carry the hub's claims, signed with a key served
 * at `${issuer}/jwks` for the hub to trust (AUTH_JWKS_URL).
 */
export interface TestIdentityProvider {
  issuer: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

export interface TestAccount {
  password: string;
  name: string;
  claims: Omit<HubClaims, "sub">;
}

export interface IdentityProviderOptions {
  /** The port it listens on (chosen before the hub starts, so the hub's env can name it). */
  port: number;
  /** The hub's audience (AUTH_AUDIENCE): an absolute URI, as a resource indicator must be. */
  audience: string;
  clientId: string;
  /** The UI's origin, e.g. http://localhost:<gateway port>: the client's redirect URI is `${uiOrigin}/ui/signed-in`. */
  uiOrigin: string;
  /** Accounts by login name. */
  accounts: Record<string, TestAccount>;
  /** The private JWK it signs with (signingKey()); its public half is what `${issuer}/jwks` lists. */
  signingKey: JWK;
}

/**
 * An RS256 key with its `kid`. The hub's service key (AUTH_SERVICE_KEY_FILE) must be listed in
 * the identity provider's JWKS (packages/auth service-key.ts), so a test may give both this one key.
 */
export async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: "test-idp-1", alg: "RS256", use: "sig" };
}

/** The scope that asks for the hub: granted at consent, it is the access token's scope for the hub's audience. */
export const hubScope = "hub";

export async function startTestIdentityProvider(options: IdentityProviderOptions): Promise<TestIdentityProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, providerConfiguration(options));
  const server = createServer(withInteractions(provider, options.accounts));
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return { issuer, jwksUrl: `${issuer}/jwks`, stop: () => closeServer(server) };
}

function providerConfiguration(options: IdentityProviderOptions): Configuration {
  const account = (id: string) => options.accounts[id];
  return {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [`${options.uiOrigin}/ui/signed-in`],
        post_logout_redirect_uris: [`${options.uiOrigin}/ui/`],
      },
    ],
    jwks: { keys: [options.signingKey] },
    cookies: { keys: ["test-identity-provider-cookie-key"] },
    claims: { openid: ["sub"], profile: ["name"] },
    conformIdTokenClaims: false,
    scopes: ["openid", "profile", hubScope],
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60 },
    // The one client's origin, for the discovery and token requests the UI sends from the browser.
    clientBasedCORS: (_ctx, origin) => origin === options.uiOrigin,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const found = account(id);
      return found ? { accountId: id, claims: () => ({ sub: id, name: found.name }) } : undefined;
    },
    // The hub's claims (packages/auth principal.ts) in the access token the hub verifies.
    extraTokenClaims: (_ctx, token) => {
      const found = token.kind === "AccessToken" && token.accountId ? account(token.accountId) : undefined;
      return found ? { ...found.claims } : undefined;
    },
    renderError: (ctx, out) => void (ctx.body = html(`<h1>The identity provider refused</h1><p>${out.error}: ${out.error_description ?? ""}</p>`)),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) =>
          void (ctx.body = html(
            `<h1>Sign out of the identity provider?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
          )),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, indicator: string) => {
          if (indicator !== options.audience) throw new errors.InvalidTarget();
          return { scope: hubScope, audience: options.audience, accessTokenTTL: 3600, accessTokenFormat: "jwt", jwt: { sign: { alg: "RS256" } } };
        },
      },
    },
  };
}

/** The provider's own routes, and its login and consent pages at /interaction/<uid>. */
function withInteractions(provider: Provider, accounts: Record<string, TestAccount>) {
  const callback = provider.callback();
  return (request: IncomingMessage, response: ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|consent))?$/.exec(new URL(request.url ?? "/", "http://idp").pathname);
    if (!match) return void callback(request, response);
    interaction(provider, accounts, request, response, match[2]).catch((error: Error) => {
      response.statusCode = 500;
      response.end(error.message);
    });
  };
}

async function interaction(provider: Provider, accounts: Record<string, TestAccount>, request: IncomingMessage, response: ServerResponse, step?: string) {
  const details = await provider.interactionDetails(request, response);
  if (request.method === "GET") return page(response, details.uid, details.prompt.name);
  const form = new URLSearchParams(await body(request));
  if (step === "login") {
    const login = form.get("login") ?? "";
    if (accounts[login]?.password !== form.get("password")) return page(response, details.uid, "login", "Wrong user name or password.");
    return provider.interactionFinished(request, response, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  const grant = details.grantId
    ? (await provider.Grant.find(details.grantId))!
    : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(" "));
  return provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

function page(response: ServerResponse, uid: string, prompt: string, problem?: string) {
  const form =
    prompt === "login"
      ? `<h1>Sign in to the state's identity provider</h1>${problem ? `<p role="alert">${problem}</p>` : ""}
<form method="post" action="/interaction/${uid}/login"><label>User name <input name="login" required></label>
<label>Password <input name="password" type="password" required></label><button type="submit">Sign in</button></form>`
      : `<h1>Allow the PASRR hub UI to act for you?</h1>
<form method="post" action="/interaction/${uid}/consent"><button type="submit">Allow</button></form>`;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.end(html(form));
}

/** The provider's pages: plain HTML, nothing from another origin. */
const html = (body: string) => `<!doctype html><html lang="en"><head><title>Identity provider</title></head><body><main>${body}</main></body></html>`;

async function body(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
