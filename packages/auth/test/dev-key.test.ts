import { loadOrCreateDevKey, type DevKey } from "@pasrr/auth/dev-key";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "dev-key-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("loadOrCreateDevKey", () => {
  it("gives 8 concurrent callers on a fresh path the same key, stored once with mode 0600", async () => {
    const file = path.join(tmp, "fresh", "nested", "dev-signing-key.json");
    const keys: DevKey[] = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateDevKey(file)));
    const kids = new Set(keys.map((key) => key.kid));
    expect(kids.size).toBe(1);
    expect(keys.every((key) => key.privateJwk.d === keys[0]!.privateJwk.d)).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(file, "utf8")) as DevKey;
    expect(stored.kid).toBe(keys[0]!.kid);
    // The drafts each caller wrote before linking are gone: only the key file is left.
    expect(await readdir(path.dirname(file))).toEqual(["dev-signing-key.json"]);
  });

  it("reads an existing key back instead of replacing it", async () => {
    const file = path.join(tmp, "existing.json");
    const first = await loadOrCreateDevKey(file);
    const second = await loadOrCreateDevKey(file);
    expect(second).toEqual(first);
  });

  it("publishes an RS256 signing key whose public half carries no private members", async () => {
    const key = await loadOrCreateDevKey(path.join(tmp, "shape.json"));
    expect(key.kid).toMatch(/^dev-/);
    expect(key.publicJwk).toMatchObject({ kty: "RSA", kid: key.kid, alg: "RS256", use: "sig" });
    expect(key.privateJwk).toMatchObject({ kty: "RSA", kid: key.kid, alg: "RS256" });
    expect(key.privateJwk.d).toEqual(expect.any(String));
    for (const member of ["d", "p", "q", "dp", "dq", "qi"] as const) expect(key.publicJwk[member]).toBeUndefined();
  });
});
