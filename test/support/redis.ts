import { randomBytes } from "node:crypto";
import { createClient } from "@redis/client";

/** The Redis the shared-state tests use (this machine's, as in CI). */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A REDIS_KEY_PREFIX of this run's own: test files running side by side never share a key. */
export const uniqueKeyPrefix = (what: string) => `pasrr-test:${what}:${randomBytes(4).toString("hex")}:`;

/** The keys under `prefix`, sorted; the prefixes above hold no glob characters. */
export async function keysUnder(prefix: string): Promise<string[]> {
  const client = await createClient({ url: testRedisUrl }).connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
    return keys.sort();
  } finally {
    client.destroy();
  }
}

/** Removes what a test wrote (it would expire anyway: every key the hub writes has a TTL). */
export async function dropKeysUnder(prefix: string): Promise<void> {
  const keys = await keysUnder(prefix);
  if (keys.length === 0) return;
  const client = await createClient({ url: testRedisUrl }).connect();
  try {
    await client.del(keys);
  } finally {
    client.destroy();
  }
}
