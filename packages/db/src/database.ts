import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { mkdir } from "node:fs/promises";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./database-config.ts";

/** One subgraph's database, embedded or PostgreSQL, behind the same Prisma driver-adapter seam. */
export interface Database {
  kind: DatabaseConfig["kind"];
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Throws when the database cannot answer; `/ready` reports it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === "postgres" ? openPostgres(config.url) : openEmbedded(config.dataDir);
}

async function openEmbedded(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  // pglite-prisma-adapter is built against an older @prisma/driver-adapter-utils; the interface is the same.
  const adapter = new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return {
    kind: "pglite",
    adapter,
    ping: async () => {
      await client.query("select 1");
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle client losing its server (PostgreSQL restarted) must not crash the process;
  // the next query gets a fresh connection or a clear error.
  pool.on("error", () => undefined);
  return {
    kind: "postgres",
    adapter: new PrismaPg(pool),
    ping: async () => {
      await pool.query("select 1");
    },
    close: () => pool.end(),
  };
}
