import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type CompactJWSHeaderParameters, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import { readFile } from "node:fs/promises";
import type { AuthConfig } from "./auth-config.ts";
import { organisationRevoked, unauthenticated } from "@pasrr/graphql-kit/errors";
import { loadOrCreateDevKey } from "./dev-key.ts";
import { hubClaimsSchema, principalFromClaims, type Principal } from "./principal.ts";

type VerificationKey = Awaited<ReturnType<JWTVerifyGetKey>>;

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Principal>;

async function loadKeySet(auth: AuthConfig): Promise<JWTVerifyGetKey> {
  if (auth.jwksUrl) return createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: auth.jwksRefetchCooldownSeconds * 1000 });
  if (auth.jwksFile) return createLocalJWKSet(JSON.parse(await readFile(auth.jwksFile, "utf8")) as JSONWebKeySet);
  const devKey = await loadOrCreateDevKey(auth.devKeyFile);
  return createLocalJWKSet({ keys: [devKey.publicJwk] });
}

/** What a token that passed every check is remembered by: its principal, the claims time can turn against, and the key that verified it. */
export interface VerifiedToken {
  principal: Principal;
  times: TokenTimes;
  protectedHeader: CompactJWSHeaderParameters;
  key: VerificationKey;
}

interface TokenTimes {
  iat: number;
  exp: number;
  nbf: number | undefined;
}

/**
 * Verifies `Authorization: Bearer <JWT>` the same way in the gateway and in every subgraph:
 * RS256 only (so `alg: none` and HMAC tricks fail), issuer, audience, expiry and not-before
 * within a bounded clock skew, an `iat` not in the future and a lifetime (`exp` − `iat`) no longer
 * than AUTH_MAX_TOKEN_LIFETIME_SECONDS, then the hub's own claims through zod; last, the organisation must
 * not be revoked (AUTH_REVOKED_ORGANISATIONS), which refuses its still-unexpired tokens at once.
 *
 * A token that passed is remembered (AUTH_VERIFIED_TOKEN_CACHE_SIZE tokens, least recently used
 * first out), because a partner sends the same token on every request for hours and the RSA
 * signature and the claims' schema were a tenth of the gateway's CPU per request. A remembered
 * token is answered only where a fresh verification would answer the same at this instant:
 * - the key set still gives the very key that verified it (a JWKS URL's keys refetched after
 *   their cache age, or a key rotated out, sends it through the full verification again);
 * - every check that depends on the time (expiry, not-before, an `iat` not in the future) is
 *   made again against the same instant, and any one failing sends it through the full
 *   verification, which refuses it with the usual message and forgets it;
 * - the revocation list is checked on every request, remembered or not.
 * Refusals are never remembered: a bad token costs a full verification each time, as before.
 * The cache is keyed by the token itself, not a hash of it: only a token whose signature
 * verified is stored, so an entry cannot be planted or collided with, a lookup is one exact
 * string match, and the header size bounds each key.
 */
export async function createTokenVerifier(auth: AuthConfig, remembered = verifiedTokenCache(auth)): Promise<TokenVerifier> {
  const keySet = await loadKeySet(auth);
  const revoked = new Set(auth.revokedOrganisations);
  return async (header) => {
    // The scheme name is case-insensitive (RFC 7235 §2.1).
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/i.exec(header?.trim() ?? "");
    const token = match?.[1];
    if (!token) throw unauthenticated("A bearer token is required: send Authorization: Bearer <token>");
    // One reading of the time for every check of this request. Tokens are judged on the real
    // instant, as their issuer stamps them, never on the hub's clock, whose today may be pinned.
    const now = new Date();
    let verified = remembered && (await recall(remembered, keySet, auth, token, now));
    if (!verified) {
      verified = await verifyAfresh(keySet, auth, token, now);
      remembered?.set(token, verified);
    }
    if (revoked.has(verified.principal.organisationId)) throw organisationRevoked();
    const { principal } = verified;
    // Each request gets its own principal, as a fresh verification would give it.
    return { ...principal, counties: [...principal.counties], facilityIds: [...principal.facilityIds] };
  };
}

async function verifyAfresh(keySet: JWTVerifyGetKey, auth: AuthConfig, token: string, now: Date): Promise<VerifiedToken> {
  let payload: unknown;
  let protectedHeader: CompactJWSHeaderParameters;
  let key: VerificationKey | undefined;
  try {
    ({ payload, protectedHeader } = await jwtVerify(
      token,
      async (header, input) => {
        key = await keySet(header, input);
        return key;
      },
      {
        algorithms: ["RS256"],
        issuer: auth.issuer,
        audience: auth.audience,
        clockTolerance: auth.clockSkewSeconds,
        requiredClaims: ["exp", "iat"],
        currentDate: now,
      },
    ));
  } catch (error) {
    throw unauthenticated(describeJoseFailure(error));
  }
  const times = payload as TokenTimes;
  const lifetimeProblem = tokenLifetimeProblem(times, auth, epochSeconds(now));
  if (lifetimeProblem) throw unauthenticated(lifetimeProblem);
  const claims = hubClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const issue = claims.error.issues[0];
    throw unauthenticated(`The token's claims are invalid: ${issue?.path.join(".")} ${issue?.message}`);
  }
  return { principal: principalFromClaims(claims.data), times: { iat: times.iat, exp: times.exp, nbf: times.nbf }, protectedHeader, key: key! };
}

/** A remembered token, if a fresh verification at `now` would accept it, with the same key; else it is forgotten. */
async function recall(remembered: VerifiedTokenCache, keySet: JWTVerifyGetKey, auth: AuthConfig, token: string, now: Date): Promise<VerifiedToken | undefined> {
  const known = remembered.get(token);
  if (!known) return undefined;
  const { iat, exp, nbf } = known.times;
  const seconds = epochSeconds(now);
  const skew = auth.clockSkewSeconds;
  // The comparisons jose (exp, nbf) and tokenLifetimeProblem (iat) make, with the same skew.
  const inTime = exp > seconds - skew && (nbf === undefined || nbf <= seconds + skew) && iat <= seconds + skew;
  if (inTime && (await Promise.resolve(keySet(known.protectedHeader, { payload: "", signature: "" })).catch(() => undefined)) === known.key) return known;
  remembered.delete(token);
  return undefined;
}

export type VerifiedTokenCache = LRUCache<string, VerifiedToken>;

/** The verified tokens a verifier remembers (AUTH_VERIFIED_TOKEN_CACHE_SIZE), or none when the size is 0. */
export function verifiedTokenCache(auth: Pick<AuthConfig, "verifiedTokenCacheSize">): VerifiedTokenCache | undefined {
  return auth.verifiedTokenCacheSize > 0 ? new LRUCache<string, VerifiedToken>({ max: auth.verifiedTokenCacheSize }) : undefined;
}

const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * jose checks `exp` and `nbf` but takes `iat` on trust: a token "issued" a year from now, or one
 * valid for fifty years, passes it. RFC 7519 §4.1.6 makes `iat` the token's age; a token from the
 * future is forged or from a broken clock, and a lifetime over the bound is not one the identity
 * provider issues (OWASP JWT Cheat Sheet, "Token lifetime").
 */
export function tokenLifetimeProblem(
  { iat, exp }: { iat: number; exp: number },
  auth: Pick<AuthConfig, "clockSkewSeconds" | "maxTokenLifetimeSeconds">,
  now: number,
): string | undefined {
  if (iat > now + auth.clockSkewSeconds) return "The token's iat claim is in the future";
  if (exp - iat > auth.maxTokenLifetimeSeconds)
    return `The token is valid for longer than the hub accepts (at most ${auth.maxTokenLifetimeSeconds} seconds from iat to exp)`;
  return undefined;
}

function describeJoseFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not acceptable`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token must be signed with RS256";
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return "The token's signature is not from a trusted key";
  }
  return "The token is malformed or cannot be verified";
}
