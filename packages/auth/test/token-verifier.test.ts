import { createTokenVerifier, verifiedTokenCache, type TokenVerifier } from "@pasrr/auth/token-verifier";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { AuthConfig } from "@pasrr/auth/auth-config";
import type { Principal } from "@pasrr/auth/principal";
import { GraphQLError } from "graphql";
import { importJWK, SignJWT, type JWK, type JWTPayload } from "jose";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

let tmp: string;
let auth: AuthConfig;
let verify: TokenVerifier;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "token-verifier-"));
  auth = loadCommonConfig({ HUB_DATA_DIR: tmp, NODE_ENV: "test" }).auth;
  verify = await createTokenVerifier(auth);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const now = (): number => Math.floor(Date.now() / 1000);
const bearer = (token: string): string => `Bearer ${token}`;

interface DevKeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}
const readDevKeyFile = async (): Promise<DevKeyFile> => JSON.parse(await readFile(auth.devKeyFile, "utf8")) as DevKeyFile;

/** Signs arbitrary claims with the real dev key, bypassing mintDevToken's own validation. */
async function signWithDevKey(claims: JWTPayload): Promise<string> {
  const key = await readDevKeyFile();
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setSubject("someone@org-1")
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(await importJWK(key.privateJwk, "RS256"));
}

async function expectUnauthenticated(attempt: Promise<Principal>): Promise<GraphQLError> {
  const error: unknown = await attempt.then(
    (principal) => {
      throw new Error(`expected a refusal, but the token verified as ${JSON.stringify(principal)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions.code).toBe("UNAUTHENTICATED");
  return error as GraphQLError;
}

describe("a minted dev token", () => {
  it("verifies to the principal it names: subject, organisation, role, counties and facilities", async () => {
    const paa = await mintDevToken(auth, { subject: "ann@paa-7", organisationId: "paa-7", role: "PAA", counties: ["Franklin", "Delaware"] });
    expect(await verify(bearer(paa))).toEqual({
      subject: "ann@paa-7",
      organisationId: "paa-7",
      role: "PAA",
      counties: ["Franklin", "Delaware"],
      facilityIds: [],
    });

    const facility = await mintDevToken(auth, { organisationId: "nf-1", role: "NURSING_FACILITY", facilityIds: ["fac-1", "fac-2"] });
    expect(await verify(bearer(facility))).toEqual({
      subject: "dev-user@nf-1",
      organisationId: "nf-1",
      role: "NURSING_FACILITY",
      counties: [],
      facilityIds: ["fac-1", "fac-2"],
    });
  });

  it("accepts the Bearer scheme in any letter case (RFC 7235 §2.1)", async () => {
    const token = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY" });
    expect((await verify(`bearer ${token}`)).role).toBe("STATE_MEDICAID_AGENCY");
  });

  it("refuses a PAA without counties when minting", async () => {
    await expect(mintDevToken(auth, { organisationId: "paa-7", role: "PAA" })).rejects.toMatchObject({
      name: "ZodError",
      message: expect.stringContaining("counties"),
    });
  });
});

describe("the token verifier refuses with UNAUTHENTICATED", () => {
  it.each([
    ["no Authorization header", undefined],
    ["an empty header", ""],
    ["Basic credentials", `Basic ${Buffer.from("user:pass").toString("base64")}`],
    ["garbage after Bearer", "Bearer not-a-jwt"],
    ["a three-part string that is not a JWT", "Bearer aaa.bbb.ccc"],
  ])("%s", async (_what, header) => {
    await expectUnauthenticated(verify(header));
  });

  it("a token sent without the Bearer scheme", async () => {
    const token = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY" });
    await expectUnauthenticated(verify(token));
  });

  it("an expired token", async () => {
    const token = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", issuedAt: now() - 3600, expiresInSeconds: 60 });
    const error = await expectUnauthenticated(verify(bearer(token)));
    expect(error.message).toMatch(/expired/);
  });

  it("a token not valid until beyond the clock skew", async () => {
    const token = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", notBefore: now() + 120 });
    await expectUnauthenticated(verify(bearer(token)));
  });

  it("a token for another issuer or another audience", async () => {
    const token = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY" });
    await expectUnauthenticated((await createTokenVerifier({ ...auth, issuer: "someone-else" }))(bearer(token)));
    await expectUnauthenticated((await createTokenVerifier({ ...auth, audience: "another-api" }))(bearer(token)));
  });

  it("an unsigned alg:none token", async () => {
    const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString("base64url");
    const claims = { sub: "x@state", org: "state", role: "STATE_MEDICAID_AGENCY", iss: auth.issuer, aud: auth.audience, iat: now(), exp: now() + 3600 };
    const token = `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`;
    await expectUnauthenticated(verify(bearer(token)));
  });

  it("an HS256 token keyed with the public key's modulus or any shared secret", async () => {
    const { kid, publicJwk } = await readDevKeyFile();
    for (const secret of [Buffer.from(publicJwk.n ?? "", "base64url"), new TextEncoder().encode(publicJwk.n ?? ""), new TextEncoder().encode("secret")]) {
      const token = await new SignJWT({ org: "state", role: "STATE_MEDICAID_AGENCY" })
        .setProtectedHeader({ alg: "HS256", kid, typ: "JWT" })
        .setSubject("x@state")
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(secret);
      await expectUnauthenticated(verify(bearer(token)));
    }
  });

  it("a token signed by a different dev key", async () => {
    const otherDir = await mkdtemp(path.join(tmpdir(), "token-verifier-other-"));
    try {
      const otherAuth = loadCommonConfig({ HUB_DATA_DIR: otherDir, NODE_ENV: "test" }).auth;
      const token = await mintDevToken(otherAuth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY" });
      expect(await (await createTokenVerifier(otherAuth))(bearer(token))).toMatchObject({ role: "STATE_MEDICAID_AGENCY" });
      await expectUnauthenticated(verify(bearer(token)));
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it("a PAA token without counties or a NURSING_FACILITY token without facilities, though signed by the dev key", async () => {
    const paa = await expectUnauthenticated(verify(bearer(await signWithDevKey({ org: "paa-7", role: "PAA" }))));
    expect(paa.message).toContain("counties");
    const nf = await expectUnauthenticated(verify(bearer(await signWithDevKey({ org: "nf-1", role: "NURSING_FACILITY", facilityIds: [] }))));
    expect(nf.message).toContain("facilityIds");
  });

  it("a token with a role the hub does not know, or without org", async () => {
    await expectUnauthenticated(verify(bearer(await signWithDevKey({ org: "x", role: "ADMIN" }))));
    await expectUnauthenticated(verify(bearer(await signWithDevKey({ role: "STATE_MEDICAID_AGENCY" }))));
  });
});

describe("the token verifier accepts", () => {
  it("a hand-signed token with valid claims (so the refusals above are the claims' doing)", async () => {
    const token = await signWithDevKey({ org: "paa-7", role: "PAA", counties: ["Franklin"] });
    expect(await verify(bearer(token))).toEqual({ subject: "someone@org-1", organisationId: "paa-7", role: "PAA", counties: ["Franklin"], facilityIds: [] });
  });

  it("a token whose not-before or expiry lies within the 30 s clock skew", async () => {
    const early = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", notBefore: now() + 10 });
    expect(await verify(bearer(early))).toMatchObject({ organisationId: "state" });
    const justExpired = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", issuedAt: now() - 70, expiresInSeconds: 60 });
    expect(await verify(bearer(justExpired))).toMatchObject({ organisationId: "state" });
  });
});

describe("a revoked organisation (AUTH_REVOKED_ORGANISATIONS)", () => {
  it("is refused at once with FORBIDDEN (HTTP 403), its unexpired token notwithstanding, while other organisations pass", async () => {
    const revoking = await createTokenVerifier({ ...auth, revokedOrganisations: ["paa-7", "nf-9"] });
    const revokedToken = await mintDevToken(auth, { organisationId: "paa-7", role: "PAA", counties: ["Franklin"] });
    expect(await verify(bearer(revokedToken))).toMatchObject({ organisationId: "paa-7" });
    const error: unknown = await revoking(bearer(revokedToken)).then(
      () => new Error("a revoked organisation's token was accepted"),
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: "FORBIDDEN", http: { status: 403 } });
    const other = await mintDevToken(auth, { organisationId: "paa-8", role: "PAA", counties: ["Franklin"] });
    expect(await revoking(bearer(other))).toMatchObject({ organisationId: "paa-8" });
  });

  it("is checked only after the signature: a forged token naming a revoked organisation is UNAUTHENTICATED", async () => {
    const revoking = await createTokenVerifier({ ...auth, revokedOrganisations: ["paa-7"] });
    await expectUnauthenticated(revoking("Bearer aaa.bbb.ccc"));
  });
});

describe("the clock skew is bounded", () => {
  it("refuses a token expired, or not yet valid, by just over the 30 s skew", async () => {
    const expired = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", issuedAt: now() - 105, expiresInSeconds: 60 });
    expect((await expectUnauthenticated(verify(bearer(expired)))).message).toMatch(/expired/);
    const early = await mintDevToken(auth, { organisationId: "state", role: "STATE_MEDICAID_AGENCY", notBefore: now() + 45 });
    expect((await expectUnauthenticated(verify(bearer(early)))).message).toMatch(/nbf/);
  });

  it("refuses a token without an expiry or an issued-at time, however well signed", async () => {
    const key = await readDevKeyFile();
    const sign = (jwt: SignJWT) =>
      jwt.setProtectedHeader({ alg: "RS256", kid: key.kid }).setSubject("x@state").setIssuer(auth.issuer).setAudience(auth.audience);
    const privateKey = await importJWK(key.privateJwk, "RS256");
    const noExpiry = await sign(new SignJWT({ org: "state", role: "STATE_MEDICAID_AGENCY" }))
      .setIssuedAt()
      .sign(privateKey);
    const noIssuedAt = await sign(new SignJWT({ org: "state", role: "STATE_MEDICAID_AGENCY" }))
      .setExpirationTime("1h")
      .sign(privateKey);
    await expectUnauthenticated(verify(bearer(noExpiry)));
    await expectUnauthenticated(verify(bearer(noIssuedAt)));
  });
});

describe("a verified token is remembered until it expires (AUTH_VERIFIED_TOKEN_CACHE_SIZE)", () => {
  afterEach(() => vi.useRealTimers());
  const state = { organisationId: "state", role: "STATE_MEDICAID_AGENCY" } as const;

  it("is refused once it expires while remembered, with the message a fresh verification gives, and is forgotten", async () => {
    const remembered = verifiedTokenCache(auth)!;
    const caching = await createTokenVerifier(auth, remembered);
    const token = await mintDevToken(auth, { ...state, expiresInSeconds: 600 });
    expect(await caching(bearer(token))).toMatchObject({ organisationId: "state" });
    expect(remembered.has(token)).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    // Still inside the clock skew after exp: accepted from memory, as jose would.
    vi.setSystemTime(Date.now() + (600 + auth.clockSkewSeconds - 5) * 1000);
    expect(await caching(bearer(token))).toMatchObject({ organisationId: "state" });
    vi.setSystemTime(Date.now() + 10_000);
    expect((await expectUnauthenticated(caching(bearer(token)))).message).toBe("The token has expired");
    expect(remembered.has(token)).toBe(false);
  });

  it("is refused if the clock is set back before its not-before or issued-at time, as a fresh verification would", async () => {
    const remembered = verifiedTokenCache(auth)!;
    const caching = await createTokenVerifier(auth, remembered);
    const token = await mintDevToken(auth, { ...state, notBefore: now() + 10 });
    expect(await caching(bearer(token))).toMatchObject({ organisationId: "state" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 120_000);
    const fresh = await expectUnauthenticated((await createTokenVerifier(auth, undefined))(bearer(token)));
    const recalled = await expectUnauthenticated(caching(bearer(token)));
    expect(recalled.message).toBe(fresh.message);
  });

  it("is refused when its organisation is revoked, though it is remembered", async () => {
    const remembered = verifiedTokenCache(auth)!;
    const token = await mintDevToken(auth, { organisationId: "paa-7", role: "PAA", counties: ["Franklin"] });
    expect(await (await createTokenVerifier(auth, remembered))(bearer(token))).toMatchObject({ organisationId: "paa-7" });
    const revoking = await createTokenVerifier({ ...auth, revokedOrganisations: ["paa-7"] }, remembered);
    const error: unknown = await revoking(bearer(token)).then(
      () => new Error("a revoked organisation's remembered token was accepted"),
      (reason: unknown) => reason,
    );
    expect((error as GraphQLError).extensions).toMatchObject({ code: "FORBIDDEN", http: { status: 403 } });
    expect(remembered.has(token)).toBe(true);
  });

  it("is bounded: the least recently used token is forgotten first, and a refused token is never remembered", async () => {
    const remembered = verifiedTokenCache({ verifiedTokenCacheSize: 2 })!;
    const caching = await createTokenVerifier(auth, remembered);
    const tokens = await Promise.all([1, 2, 3].map((n) => mintDevToken(auth, { ...state, subject: `user-${n}@state` })));
    for (const token of tokens) expect((await caching(bearer(token))).subject).toMatch(/^user-/);
    expect(remembered.size).toBe(2);
    expect(remembered.has(tokens[0]!)).toBe(false);
    const expired = await mintDevToken(auth, { ...state, issuedAt: now() - 3600, expiresInSeconds: 60 });
    await expectUnauthenticated(caching(bearer(expired)));
    expect(remembered.has(expired)).toBe(false);
  });

  it("gives each request its own principal, so one caller cannot change another's", async () => {
    const caching = await createTokenVerifier(auth, verifiedTokenCache(auth));
    const token = await mintDevToken(auth, { organisationId: "paa-7", role: "PAA", counties: ["Franklin"] });
    const first = await caching(bearer(token));
    first.counties.push("Delaware");
    expect((await caching(bearer(token))).counties).toEqual(["Franklin"]);
  });

  it("is read from AUTH_VERIFIED_TOKEN_CACHE_SIZE: 10,000 by default, 0 for none, and a negative size is refused", () => {
    expect(auth.verifiedTokenCacheSize).toBe(10_000);
    const config = (size: string) => loadCommonConfig({ HUB_DATA_DIR: tmp, NODE_ENV: "test", AUTH_VERIFIED_TOKEN_CACHE_SIZE: size }).auth;
    expect(config("0").verifiedTokenCacheSize).toBe(0);
    expect(verifiedTokenCache(config("0"))).toBeUndefined();
    expect(() => config("-1")).toThrow(/AUTH_VERIFIED_TOKEN_CACHE_SIZE/);
  });
});
