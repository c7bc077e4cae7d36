import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAuthConfig, type AuthConfig } from "@pasrr/auth/auth-config";
import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import { mintDevToken } from "@pasrr/devtools/dev-token";

describe("a dev token", () => {
  let dataDir: string;
  let auth: AuthConfig;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-devtools-"));
    auth = loadAuthConfig({}, "development", dataDir);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("is signed with the local dev key and verified as the principal it names", async () => {
    const token = await mintDevToken(auth, { organisationId: "paa-region-3", role: "PAA", counties: ["Franklin"] });
    const verify = await createTokenVerifier(auth);
    const principal = await verify(`Bearer ${token}`);
    expect(principal).toMatchObject({ organisationId: "paa-region-3", role: "PAA", counties: ["Franklin"], subject: "dev-user@paa-region-3" });
  });

  it("is refused when it claims a role the hub does not have", async () => {
    await expect(mintDevToken(auth, { organisationId: "x", role: "ADMIN" as never })).rejects.toThrow();
  });
});
