import { mkdir, readFile, link, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateSigningKeyPair, type KeyPair } from "./key-pair.ts";

export type DevKey = KeyPair;

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
  const key = await generateSigningKeyPair("dev");
  const draft = `${file}.${process.pid}.${key.kid}.tmp`;
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
