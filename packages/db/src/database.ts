import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { mkdir, readFile } from "node:fs/promises";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { ConfigError } from "@pasrr/config/config-error";
import type { DatabaseConfig, PostgresSettings } from "./database-config.ts";
import { postgresPoolOptions } from "./postgres-pool-options.ts";

/** One subgraph's database, embedded or PostgreSQL, behind the same Prisma driver-adapter seam. */
export interface Database {
  kind: DatabaseConfig["kind"];
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Throws when the database cannot answer; `/ready` reports it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /**
   * Told when the pool loses an idle connection (PostgreSQL restarted, a network cut): the process
   * carries on and the next query gets a fresh connection or a clear error, but an operator should know.
   */
  onError?(error: Error): void;
}

export async function openDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Promise<Database> {
  return config.kind === "postgres" ? openPostgres(config.url, config.settings, options) : openEmbedded(config.dataDir);
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

async function openPostgres(url: string, settings: PostgresSettings, { onError }: DatabaseOptions): Promise<Database> {
  const poolOptions = postgresPoolOptions(url, settings, await readRootCert(settings.ssl.rootCertFile));
  const pool = new pg.Pool(poolOptions);
  // Without a listener an idle client's error would crash the process.
  pool.on("error", (error) => onError?.(error));
  return {
    kind: "postgres",
    adapter: new PrismaPg(pool),
    ping: async () => {
      await pool.query("select 1");
    },
    close: () => pool.end(),
  };
}

async function readRootCert(file: string | undefined): Promise<string | undefined> {
  if (file === undefined) return undefined;
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError("DATABASE_SSL_ROOT_CERT", `cannot read ${file}: ${(error as Error).message}`);
  }
}
