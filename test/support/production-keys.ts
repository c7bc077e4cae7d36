import type { Env } from "@pasrr/config/env";
import { loadOrCreateDevKey } from "@pasrr/auth/dev-key";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * What production insists on, for a test hub run with `NODE_ENV=production`: an identity
 * provider's JWKS (no dev key) and a service key. One key pair plays both: the test's tokens are
 * signed with it (AUTH_DEV_KEY_FILE, read by `hub.token`), the JWKS publishes its public half, and
 * the service identity and credential are signed with it (AUTH_SERVICE_KEY_FILE).
 */
export async function productionKeys(): Promise<Env> {
  const dir = await mkdtemp(path.join(tmpdir(), "pasrr-production-keys-"));
  const devKeyFile = path.join(dir, "idp-signing-key.json");
  const key = await loadOrCreateDevKey(devKeyFile);
  const jwksFile = path.join(dir, "idp-jwks.json");
  const serviceKeyFile = path.join(dir, "service-key.json");
  await writeFile(jwksFile, JSON.stringify({ keys: [key.publicJwk] }));
  await writeFile(serviceKeyFile, JSON.stringify(key.privateJwk), { mode: 0o600 });
  return { NODE_ENV: "production", AUTH_DEV_KEY_FILE: devKeyFile, AUTH_JWKS_FILE: jwksFile, AUTH_SERVICE_KEY_FILE: serviceKeyFile };
}
