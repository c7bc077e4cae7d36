import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceCredentialIssuer, createServiceCredentialVerifier } from "@pasrr/auth/service-credential";
import { createServiceIdentity } from "@pasrr/auth/service-identity";
import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { loadCommonConfig, type CommonConfig } from "@pasrr/service-kit/common-config";
import { writeDeploymentKeys, type DeploymentKeyFiles } from "../../scripts/deploy-keys.ts";

/**
 * `npm run deploy:keys`: the key files a deployment brings, since production refuses the dev key.
 * A hub configured as compose.yaml configures it (NODE_ENV=production, AUTH_JWKS_FILE,
 * AUTH_SERVICE_KEY_FILE) accepts a partner token from the stand-in identity provider, the
 * census feed's service token, and one service's credential at another.
 */
describe("npm run deploy:keys", () => {
  let folder: string;
  let files: DeploymentKeyFiles;
  let config: CommonConfig;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "pasrr-deploy-keys-"));
    files = await writeDeploymentKeys(folder, { rehearsalIdp: true });
    config = loadCommonConfig({
      NODE_ENV: "production",
      HUB_DATA_DIR: folder,
      AUTH_ISSUER: "pasrr-rehearsal-idp",
      AUTH_JWKS_FILE: files.jwksFile,
      AUTH_SERVICE_KEY_FILE: files.serviceKeyFile,
      // Only `npm run token` (mintDevToken) reads it: it signs as the stand-in identity provider.
      AUTH_DEV_KEY_FILE: files.rehearsalIdpKeyFile,
    });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("writes the private keys for their owner's eyes only, and the public ones readable", async () => {
    const mode = async (file: string | undefined) => (await stat(file!)).mode & 0o777;
    expect([await mode(files.serviceKeyFile), await mode(files.rehearsalIdpKeyFile)]).toEqual([0o600, 0o600]);
    expect([await mode(files.servicePublicKeyFile), await mode(files.jwksFile)]).toEqual([0o644, 0o644]);
    const publicKey = JSON.parse(await readFile(files.servicePublicKeyFile, "utf8")) as Record<string, string>;
    expect(Object.keys(publicKey).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    expect(publicKey.kid).toMatch(/^pasrr-service-/);
  });

  it("a production hub with these files accepts the stand-in identity provider's partner tokens", async () => {
    const verify = await createTokenVerifier(config.auth);
    const token = await mintDevToken(config.auth, { organisationId: "rehearsal-state", role: "STATE_MEDICAID_AGENCY" });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ organisationId: "rehearsal-state", role: "STATE_MEDICAID_AGENCY" });
  });

  it("and the census feed's own tokens, signed with the service key and verified through the JWKS", async () => {
    const verify = await createTokenVerifier(config.auth);
    const identity = await createServiceIdentity("facilities", config);
    const token = await identity.tokenFor({ role: "NURSING_FACILITY", facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ organisationId: "service:facilities", role: "NURSING_FACILITY" });
  });

  it("and one service's credential at another, verified against the service key alone", async () => {
    const issuer = await createServiceCredentialIssuer("gateway", config);
    const verifier = await createServiceCredentialVerifier(config);
    expect(await verifier(await issuer.header())).toBe("gateway");
  });

  it("never overwrites a key: a rotation adds a new key beside the old one", async () => {
    await expect(writeDeploymentKeys(folder, { rehearsalIdp: false })).rejects.toThrow(/EEXIST/);
  });
});
