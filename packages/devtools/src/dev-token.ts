import { importJWK, SignJWT } from "jose";
import type { AuthConfig } from "@pasrr/auth/auth-config";
import { loadOrCreateDevKey } from "@pasrr/auth/dev-key";
import { hubClaimsSchema, type HubClaims } from "@pasrr/auth/principal";

export interface DevTokenRequest {
  subject?: string;
  organisationId: string;
  role: HubClaims["role"];
  counties?: string[];
  facilityIds?: string[];
  /** Lifetime in seconds (default: 8 hours, a working day in the sandbox). */
  expiresInSeconds?: number;
  /** Overrides for abuse tests: a token issued in the past or valid only from the future. */
  issuedAt?: number;
  notBefore?: number;
}

/** Mints a token signed with the local dev key; the production identity provider replaces this. */
export async function mintDevToken(auth: AuthConfig, request: DevTokenRequest): Promise<string> {
  const claims = hubClaimsSchema.parse({
    sub: request.subject ?? `dev-user@${request.organisationId}`,
    org: request.organisationId,
    role: request.role,
    counties: request.counties ?? [],
    facilityIds: request.facilityIds ?? [],
  });
  const key = await loadOrCreateDevKey(auth.devKeyFile);
  const now = request.issuedAt ?? Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ org: claims.org, role: claims.role, counties: claims.counties, facilityIds: claims.facilityIds })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.expiresInSeconds ?? 8 * 3600));
  if (request.notBefore !== undefined) jwt.setNotBefore(request.notBefore);
  return jwt.sign(await importJWK(key.privateJwk, "RS256"));
}
