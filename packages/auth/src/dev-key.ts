import { exportJWK, generateKeyPair, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, link, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface DevKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The local development signing key: created on first use, then shared by every service
 * and by `npm run token` through one file. Several services starting at once race to
 * create it; a hard link is atomic and fails if the file exists, so exactly one key wins
 * and everyone reads that one.
 */
export async function loadOrCreateDevKey(file: string): Promise<DevKey> {
  const existing = await readDevKey(file);
  if (existing) return existing;
  await mkdir(path.dirname(file), { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = `dev-${randomUUID()}`;
  const key: DevKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
  };
  const draft = `${file}.${process.pid}.${kid}.tmp`;
  await writeFile(draft, JSON.stringify(key, null, 2), { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(draft, { force: true });
  }
  const winner = await readDevKey(file);
  if (!winner) throw new Error(`the dev signing key at ${file} could not be read back`);
  return winner;
}

async function readDevKey(file: string): Promise<DevKey | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as DevKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
