import type { JWK } from "jose";
import { readFile } from "node:fs/promises";
import { ConfigError } from "@pasrr/config/config-error";
import type { AuthSettings } from "./auth-config.ts";
import { loadOrCreateDevKey } from "./dev-key.ts";

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
}

/**
 * The service key: `AUTH_SERVICE_KEY_FILE` (a private JWK with its `kid`, whose public half the
 * identity provider's JWKS lists so every service accepts the tokens a service mints for itself),
 * or the local dev key outside production. Production without a service key stops the service at
 * start-up. Both the service identity (service-identity.ts) and the credential with which one hub
 * service vouches for a request to another (service-credential.ts) are signed with it.
 */
export async function loadServiceKey(config: AuthSettings): Promise<SigningKey> {
  const file = config.auth.serviceKeyFile;
  if (file) {
    const jwk = JSON.parse(await readFile(file, "utf8")) as JWK;
    if (!jwk.kid) throw new ConfigError("AUTH_SERVICE_KEY_FILE", `${file} holds a JWK without a kid`);
    return { kid: jwk.kid, privateJwk: jwk };
  }
  if (config.mode === "production") throw new ConfigError("AUTH_SERVICE_KEY_FILE", "production needs a service key (the dev key is refused)");
  return loadOrCreateDevKey(config.auth.devKeyFile);
}
