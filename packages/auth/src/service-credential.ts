import { importJWK, jwtVerify, SignJWT, type JWK } from "jose";
import { unauthenticated } from "@pasrr/graphql-kit/errors";
import type { AuthSettings } from "./auth-config.ts";
import type { SubgraphName } from "@pasrr/config/service-names";
import { loadServiceKey } from "./service-key.ts";

/** The hub's own services: the gateway and the four subgraphs. */
export type HubService = SubgraphName | "gateway";

/**
 * The header in which a hub service vouches for a request it sends to another (architecture.md,
 * "Trust boundary"): the gateway on every subgraph fetch, a subgraph on a call to another owner.
 * It travels beside the caller's `Authorization`, never instead of it.
 */
export const serviceCredentialHeader = "x-hub-service-credential";

/**
 * A service credential is its own audience: a partner's token can never pass for one, and a
 * service credential can never pass for a partner's token (the partner verifier wants `audience`).
 */
const internalAudience = (config: AuthSettings) => `${config.auth.audience}#internal`;

/** Five minutes, renewed after four: a stolen credential soon dies, and a busy gateway signs once in a while. */
const lifetimeSeconds = 300;
const renewAfterSeconds = 240;

export interface ServiceCredentialIssuer {
  service: HubService;
  /** The header value, `Bearer <jwt>`, reused until it is close to expiry. */
  header(): Promise<string>;
}

/**
 * Signs the credential with the service key (AUTH_SERVICE_KEY_FILE; the dev key outside
 * production), which only the hub's own services hold: the partners' identity provider does not.
 */
export async function createServiceCredentialIssuer(service: HubService, config: AuthSettings): Promise<ServiceCredentialIssuer> {
  const key = await loadServiceKey(config);
  const privateKey = await importJWK(key.privateJwk, "RS256");
  let current: { value: string; renewAt: number } | undefined;
  return {
    service,
    async header() {
      const now = Math.floor(Date.now() / 1000);
      if (current && now < current.renewAt) return current.value;
      const jwt = await new SignJWT({ hub_service: service })
        .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
        .setSubject(`service:${service}`)
        .setIssuer(config.auth.issuer)
        .setAudience(internalAudience(config))
        .setIssuedAt(now)
        .setExpirationTime(now + lifetimeSeconds)
        .sign(privateKey);
      current = { value: `Bearer ${jwt}`, renewAt: now + renewAfterSeconds };
      return current.value;
    },
  };
}

/** Which hub service vouched for a request, or undefined when none did (a partner's own request). */
export type ServiceCredentialVerifier = (header: string | string[] | undefined) => Promise<HubService | undefined>;

const hubServices: readonly string[] = ["gateway", "individuals", "screenings", "levelofcare", "facilities"];

/**
 * Verifies against the public half of the service key only, not the partners' JWKS: a token the
 * identity provider signed is never a service credential, whatever its claims say. A header that
 * is present but does not verify refuses the whole request (401) rather than quietly treating it
 * as a partner's: a forged vouch is an attack, not a mistake to recover from.
 */
export async function createServiceCredentialVerifier(config: AuthSettings): Promise<ServiceCredentialVerifier> {
  const key = await loadServiceKey(config);
  const publicKey = await importJWK(publicHalf(key.privateJwk), "RS256");
  return async (header) => {
    if (header === undefined) return undefined;
    const match = typeof header === "string" ? /^Bearer ([A-Za-z0-9_\-.]+)$/i.exec(header.trim()) : null;
    if (!match?.[1]) throw unauthenticated(`The ${serviceCredentialHeader} header is not a service credential`);
    try {
      const { payload } = await jwtVerify(match[1], publicKey, {
        algorithms: ["RS256"],
        issuer: config.auth.issuer,
        audience: internalAudience(config),
        clockTolerance: config.auth.clockSkewSeconds,
        requiredClaims: ["exp", "iat"],
        maxTokenAge: lifetimeSeconds + config.auth.clockSkewSeconds,
      });
      const service = payload.hub_service;
      if (typeof service !== "string" || !hubServices.includes(service) || payload.sub !== `service:${service}`) throw new Error("unknown service");
      return service as HubService;
    } catch {
      throw unauthenticated(`The ${serviceCredentialHeader} header is not a valid service credential`);
    }
  };
}

function publicHalf(jwk: JWK): JWK {
  const { kty, n, e, kid } = jwk;
  return { kty, n, e, kid, alg: "RS256", use: "sig" };
}
