import { importJWK, SignJWT } from "jose";
import type { AuthSettings } from "./auth-config.ts";
import type { SubgraphName } from "@pasrr/config/service-names";
import { loadServiceKey } from "./service-key.ts";
import { hubClaimsSchema } from "./principal.ts";
import type { Role } from "./roles.ts";

/**
 * What a service may act as when it calls the graph on its own account (not on a caller's
 * behalf): always the narrowest existing partner role and scope that the call needs, e.g. the
 * facilities relay reporting one NF's census fact acts as that one NF.
 */
export interface ServiceActing {
  role: Role;
  facilityIds?: string[];
  counties?: string[];
}

/** Mints short-lived tokens for one service; the key is read once, at creation. */
export interface ServiceIdentity {
  /** `service:<name>`: the token's subject and organisation, so audit records name the service. */
  subject: string;
  tokenFor(acting: ServiceActing): Promise<string>;
}

/** Five minutes: long enough for one call with retries inside it, short enough that a leaked token soon dies. */
const defaultLifetimeSeconds = 300;

export async function createServiceIdentity(service: SubgraphName, config: AuthSettings, lifetimeSeconds = defaultLifetimeSeconds): Promise<ServiceIdentity> {
  const key = await loadServiceKey(config);
  const privateKey = await importJWK(key.privateJwk, "RS256");
  const subject = `service:${service}`;
  return {
    subject,
    async tokenFor(acting) {
      // The same claim rules as a partner's token: a NF identity must name its facilities, a PAA its counties.
      const claims = hubClaimsSchema.parse({
        sub: subject,
        org: subject,
        role: acting.role,
        counties: acting.counties ?? [],
        facilityIds: acting.facilityIds ?? [],
      });
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ org: claims.org, role: claims.role, counties: claims.counties, facilityIds: claims.facilityIds })
        .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
        .setSubject(claims.sub)
        .setIssuer(config.auth.issuer)
        .setAudience(config.auth.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + lifetimeSeconds)
        .sign(privateKey);
    },
  };
}
