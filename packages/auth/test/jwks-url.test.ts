import { createTokenVerifier, type TokenVerifier } from "@pasrr/auth/token-verifier";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

/** The identity provider's JWKS endpoint, on this machine: it serves whatever keys are current and counts fetches. */
const provider = { keys: [] as JWK[], fetches: 0, url: "" };
let server: Server;
let keyA: SigningKey;
let keyB: SigningKey;

beforeAll(async () => {
  [keyA, keyB] = await Promise.all([signingKey("key-2026-a"), signingKey("key-2026-b")]);
  server = createServer((request, response) => {
    provider.fetches += 1;
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ keys: provider.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  provider.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function verifierFor(env: Record<string, string>): Promise<TokenVerifier> {
  return createTokenVerifier(
    loadCommonConfig({ NODE_ENV: "production", AUTH_JWKS_URL: provider.url, AUTH_ISSUER: "https://idp.example.org", AUTH_AUDIENCE: "pasrr-hub", ...env }).auth,
  );
}

async function tokenSignedWith(key: SigningKey, kid = key.kid): Promise<string> {
  const token = await new SignJWT({ org: "state", role: "STATE_MEDICAID_AGENCY" })
    .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
    .setSubject("analyst@state")
    .setIssuer("https://idp.example.org")
    .setAudience("pasrr-hub")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(key.privateKey);
  return `Bearer ${token}`;
}

describe("tokens verified against a JWKS URL", () => {
  it("fetches the keys once, and again when a token names a key the provider has rotated in since", async () => {
    provider.keys = [keyA.publicJwk];
    provider.fetches = 0;
    const verify = await verifierFor({ AUTH_JWKS_REFETCH_COOLDOWN_SECONDS: "0" });
    expect(await verify(await tokenSignedWith(keyA))).toMatchObject({ organisationId: "state" });
    expect(await verify(await tokenSignedWith(keyA))).toMatchObject({ organisationId: "state" });
    expect(provider.fetches).toBe(1);

    provider.keys = [keyB.publicJwk]; // the provider rotates: key A retired, key B in
    expect(await verify(await tokenSignedWith(keyB))).toMatchObject({ organisationId: "state" });
    expect(provider.fetches).toBe(2);
    await expect(verify(await tokenSignedWith(keyA))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a token whose kid names a published key but whose signature is another key's", async () => {
    provider.keys = [keyA.publicJwk, keyB.publicJwk];
    const verify = await verifierFor({ AUTH_JWKS_REFETCH_COOLDOWN_SECONDS: "0" });
    await expect(verify(await tokenSignedWith(keyB, keyA.kid))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("lets a flood of tokens with invented kids cost the provider one fetch per cooldown, not one each", async () => {
    provider.keys = [keyA.publicJwk];
    provider.fetches = 0;
    const verify = await verifierFor({ AUTH_JWKS_REFETCH_COOLDOWN_SECONDS: "300" });
    expect(await verify(await tokenSignedWith(keyA))).toMatchObject({ organisationId: "state" });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await expect(verify(await tokenSignedWith(keyB, `forged-${attempt}`))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
    expect(provider.fetches).toBe(1);
  });

  it("refuses with UNAUTHENTICATED, not a server error, while the provider cannot be reached", async () => {
    const verify = await createTokenVerifier(
      loadCommonConfig({ NODE_ENV: "production", AUTH_JWKS_URL: "http://127.0.0.1:9/unreachable/jwks.json", AUTH_ISSUER: "https://idp.example.org" }).auth,
    );
    await expect(verify(await tokenSignedWith(keyA))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
