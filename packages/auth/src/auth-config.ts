import path from "node:path";
import { z } from "zod";
import { ConfigError } from "@pasrr/config/config-error";
import { organisationList, readVar, type Env, type RuntimeMode } from "@pasrr/config/env";

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** JWKS file of the identity provider; in development the dev key's own JWKS. */
  jwksFile: string | undefined;
  jwksUrl: string | undefined;
  /** The local dev key, used only when no JWKS is configured and never in production. */
  devKeyFile: string;
  /**
   * The private JWK (with its `kid`) a service signs its own short-lived tokens with
   * (auth/service-identity.ts); unset means the dev key, which production refuses.
   */
  serviceKeyFile: string | undefined;
  clockSkewSeconds: number;
  /**
   * The longest a token may be valid for (`exp` − `iat`): a leaked token is useful for at most
   * this long, and a token minted to last for decades is refused rather than trusted. A partner's
   * working-day token (8 h) and the service identity's 5-minute tokens fit the default of 12 h.
   */
  maxTokenLifetimeSeconds: number;
  /**
   * How long a JWKS URL's keys are not refetched for a token whose `kid` is unknown: a key the
   * provider has just rotated in is found at the next fetch after this, while a flood of forged
   * `kid`s costs the provider at most one fetch per period.
   */
  jwksRefetchCooldownSeconds: number;
  /** Organisations whose tokens are refused at once (FORBIDDEN), however valid the token. */
  revokedOrganisations: string[];
  /**
   * How many verified tokens a service remembers until they expire, so a partner's token is not
   * verified again on each of its requests (token-verifier.ts); 0 verifies every request afresh.
   * Each entry is a token and its principal, a few kilobytes at most.
   */
  verifiedTokenCacheSize: number;
}

/** What the auth package needs of a service's configuration: its mode and its token settings. */
export interface AuthSettings {
  mode: RuntimeMode;
  auth: AuthConfig;
}

export function loadAuthConfig(env: Env, mode: RuntimeMode, dataDir: string): AuthConfig {
  const jwksFile = readVar(env, "AUTH_JWKS_FILE", z.string().optional());
  const jwksUrl = readVar(env, "AUTH_JWKS_URL", z.url({ protocol: /^https?$/ }).optional());
  if (mode === "production" && !jwksFile && !jwksUrl) {
    throw new ConfigError("AUTH_JWKS_FILE", "production needs AUTH_JWKS_FILE or AUTH_JWKS_URL (the dev key is refused)");
  }
  return {
    issuer: readVar(env, "AUTH_ISSUER", z.string().min(1).default("pasrr-hub-dev")),
    audience: readVar(env, "AUTH_AUDIENCE", z.string().min(1).default("pasrr-hub")),
    jwksFile,
    jwksUrl,
    devKeyFile: path.resolve(readVar(env, "AUTH_DEV_KEY_FILE", z.string().default(path.join(dataDir, "dev-signing-key.json")))),
    serviceKeyFile: readVar(env, "AUTH_SERVICE_KEY_FILE", z.string().min(1).optional()),
    clockSkewSeconds: readVar(env, "AUTH_CLOCK_SKEW_SECONDS", z.coerce.number().int().min(0).max(300).default(30)),
    // At least five minutes (the service identity's own tokens), at most a week.
    maxTokenLifetimeSeconds: readVar(
      env,
      "AUTH_MAX_TOKEN_LIFETIME_SECONDS",
      z.coerce
        .number()
        .int()
        .min(300)
        .max(7 * 24 * 3600)
        .default(12 * 3600),
    ),
    jwksRefetchCooldownSeconds: readVar(env, "AUTH_JWKS_REFETCH_COOLDOWN_SECONDS", z.coerce.number().int().min(0).max(3600).default(30)),
    revokedOrganisations: readVar(env, "AUTH_REVOKED_ORGANISATIONS", organisationList.default([])),
    verifiedTokenCacheSize: readVar(env, "AUTH_VERIFIED_TOKEN_CACHE_SIZE", z.coerce.number().int().min(0).max(1_000_000).default(10_000)),
  };
}
