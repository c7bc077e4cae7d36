import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { readFile } from "node:fs/promises";
import type { AuthConfig } from "./auth-config.ts";
import { organisationRevoked, unauthenticated } from "@pasrr/graphql-kit/errors";
import { loadOrCreateDevKey } from "./dev-key.ts";
import { hubClaimsSchema, principalFromClaims, type Principal } from "./principal.ts";

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Principal>;

async function loadKeySet(auth: AuthConfig): Promise<JWTVerifyGetKey> {
  if (auth.jwksUrl) return createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: auth.jwksRefetchCooldownSeconds * 1000 });
  if (auth.jwksFile) return createLocalJWKSet(JSON.parse(await readFile(auth.jwksFile, "utf8")) as JSONWebKeySet);
  const devKey = await loadOrCreateDevKey(auth.devKeyFile);
  return createLocalJWKSet({ keys: [devKey.publicJwk] });
}

/**
 * Verifies `Authorization: Bearer <JWT>` the same way in the gateway and in every subgraph:
 * RS256 only (so `alg: none` and HMAC tricks fail), issuer, audience, expiry and not-before
 * within a bounded clock skew, an `iat` not in the future and a lifetime (`exp` − `iat`) no longer
 * than AUTH_MAX_TOKEN_LIFETIME_SECONDS, then the hub's own claims through zod; last, the organisation must
 * not be revoked (AUTH_REVOKED_ORGANISATIONS), which refuses its still-unexpired tokens at once.
 */
export async function createTokenVerifier(auth: AuthConfig): Promise<TokenVerifier> {
  const keySet = await loadKeySet(auth);
  const revoked = new Set(auth.revokedOrganisations);
  return async (header) => {
    // The scheme name is case-insensitive (RFC 7235 §2.1).
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/i.exec(header?.trim() ?? "");
    if (!match?.[1]) throw unauthenticated("A bearer token is required: send Authorization: Bearer <token>");
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], keySet, {
        algorithms: ["RS256"],
        issuer: auth.issuer,
        audience: auth.audience,
        clockTolerance: auth.clockSkewSeconds,
        requiredClaims: ["exp", "iat"],
      }));
    } catch (error) {
      throw unauthenticated(describeJoseFailure(error));
    }
    const lifetimeProblem = tokenLifetimeProblem(payload as { iat: number; exp: number }, auth, Math.floor(Date.now() / 1000));
    if (lifetimeProblem) throw unauthenticated(lifetimeProblem);
    const claims = hubClaimsSchema.safeParse(payload);
    if (!claims.success) {
      const issue = claims.error.issues[0];
      throw unauthenticated(`The token's claims are invalid: ${issue?.path.join(".")} ${issue?.message}`);
    }
    if (revoked.has(claims.data.org)) throw organisationRevoked();
    return principalFromClaims(claims.data);
  };
}

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
