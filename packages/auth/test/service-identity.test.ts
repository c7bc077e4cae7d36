import { createServiceIdentity } from "@pasrr/auth/service-identity";
import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import type { ConfigError } from "@pasrr/config/config-error";
import { decodeJwt } from "jose";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "service-identity-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("service identity", () => {
  it("mints a short-lived token every service verifies, naming the service and acting with the given narrow role", async () => {
    const config = loadCommonConfig({ NODE_ENV: "test", HUB_DATA_DIR: dataDir });
    const identity = await createServiceIdentity("facilities", config);
    const token = await identity.tokenFor({ role: "NURSING_FACILITY", facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    const principal = await (await createTokenVerifier(config.auth))(`Bearer ${token}`);
    expect(principal).toEqual({
      subject: "service:facilities",
      organisationId: "service:facilities",
      role: "NURSING_FACILITY",
      counties: [],
      facilityIds: ["0193a000-0000-7000-8000-00000000f001"],
    });
    const claims = decodeJwt(token);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);
  });

  it("refuses a NF identity without its facility, like any NF token", async () => {
    const identity = await createServiceIdentity("facilities", loadCommonConfig({ NODE_ENV: "test", HUB_DATA_DIR: dataDir }));
    await expect(identity.tokenFor({ role: "NURSING_FACILITY" })).rejects.toThrow(/facilities/);
  });

  it("refuses to start in production without a service key, naming AUTH_SERVICE_KEY_FILE", async () => {
    const config = loadCommonConfig({ NODE_ENV: "production", HUB_DATA_DIR: dataDir, AUTH_JWKS_FILE: "/etc/hub/jwks.json" });
    const error = (await createServiceIdentity("facilities", config).catch((caught: unknown) => caught)) as ConfigError;
    expect(error.variable).toBe("AUTH_SERVICE_KEY_FILE");
  });
});
