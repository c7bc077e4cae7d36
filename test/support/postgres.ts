import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the production-path tests use (this machine's, started before CI). */
export const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Creates fresh, empty databases for one test run; `drop` removes them (and their connections). */
export async function createScratchDatabases(names: readonly string[]) {
  const prefix = `pasrr_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const urls: Record<string, string> = {};
  try {
    for (const name of names) {
      await admin.query(`CREATE DATABASE "${prefix}_${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${prefix}_${name}`;
      urls[name] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return {
    urls,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${prefix}_${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
