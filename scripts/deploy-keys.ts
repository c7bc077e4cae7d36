/**
 * `npm run deploy:keys -- <folder> [--rehearsal-idp]`: new key files for a deployment
 * (docs/operations.md, "Keys"). Production refuses the dev key, so a deployment brings its own:
 *
 * - `service-key.json`: the service key, a private RS256 JWK with its `kid` (AUTH_SERVICE_KEY_FILE).
 *   Every hub service holds the same one: the gateway vouches for its subgraph fetches with it, and
 *   the census feed signs its own tokens with it.
 * - `service-key.public.json`: its public half, to add to the key set every service trusts for
 *   tokens (AUTH_JWKS_FILE, or the identity provider's JWKS at AUTH_JWKS_URL), where the census
 *   feed's tokens are verified like a partner's.
 *
 * With `--rehearsal-idp`, for a rehearsal with no identity provider (compose.yaml), also:
 * - `rehearsal-idp-key.json`: a stand-in identity provider's key pair, which `npm run token` signs
 *   partner tokens with when AUTH_DEV_KEY_FILE names it;
 * - `jwks.json`: the stand-in's and the service key's public halves, for AUTH_JWKS_FILE.
 *
 * An existing file is never overwritten: a rotation adds a key beside the old one ("Rotate keys").
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateSigningKeyPair } from "@pasrr/auth/key-pair";

export interface DeploymentKeyFiles {
  serviceKeyFile: string;
  servicePublicKeyFile: string;
  rehearsalIdpKeyFile?: string;
  jwksFile?: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Private keys are readable by their owner only; `wx` refuses to replace a file that exists. */
async function writeNew(file: string, content: string, secret: boolean) {
  await writeFile(file, content, { flag: "wx", mode: secret ? 0o600 : 0o644 });
}

export async function writeDeploymentKeys(folder: string, options: { rehearsalIdp: boolean }): Promise<DeploymentKeyFiles> {
  await mkdir(folder, { recursive: true });
  const service = await generateSigningKeyPair("pasrr-service");
  const files: DeploymentKeyFiles = {
    serviceKeyFile: path.join(folder, "service-key.json"),
    servicePublicKeyFile: path.join(folder, "service-key.public.json"),
  };
  await writeNew(files.serviceKeyFile, json(service.privateJwk), true);
  await writeNew(files.servicePublicKeyFile, json(service.publicJwk), false);
  if (!options.rehearsalIdp) return files;
  const idp = await generateSigningKeyPair("rehearsal-idp");
  files.rehearsalIdpKeyFile = path.join(folder, "rehearsal-idp-key.json");
  files.jwksFile = path.join(folder, "jwks.json");
  await writeNew(files.rehearsalIdpKeyFile, json(idp), true);
  await writeNew(files.jwksFile, json({ keys: [idp.publicJwk, service.publicJwk] }), false);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "rehearsal-idp": { type: "boolean", default: false } } });
  const folder = positionals[0];
  if (!folder) {
    console.error("usage: npm run deploy:keys -- <folder> [--rehearsal-idp]");
    process.exit(2);
  }
  try {
    const files = await writeDeploymentKeys(folder, { rehearsalIdp: values["rehearsal-idp"] ?? false });
    for (const file of Object.values(files)) console.log(`wrote ${file}`);
    if (!files.jwksFile) console.log(`add ${files.servicePublicKeyFile} to the JWKS every service trusts (AUTH_JWKS_FILE or the identity provider's)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
