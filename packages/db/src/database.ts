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
  /**
   * Runs `work` over one connection of its own, closed afterwards (PostgreSQL; PGlite has only one).
   * A session-level lock taken through it, like the schema engine's `pg_advisory_lock`, then guards
   * all of `work` and ends with it; taken through the pool it would land on any pooled connection
   * and stay held for as long as that connection lives. No statement timeout applies to it.
   */
  withSession<T>(work: (adapter: SqlMigrationAwareDriverAdapterFactory) => Promise<T>): Promise<T>;
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
    withSession: (work) => work(adapter),
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
    withSession: async (work) => {
      const { statement_timeout: _pooled, ...sessionOptions } = poolOptions;
      // Migrations may run long (an index on a big table), and a second migrator waits on the first's lock.
      // One connection, never closed for idling, so the lock cannot slip away between two statements.
      const session = new pg.Pool({ ...sessionOptions, max: 1, idleTimeoutMillis: 0, options: "-c statement_timeout=0" });
      session.on("error", (error) => onError?.(error));
      try {
        return await work(new PrismaPg(session));
      } finally {
        await session.end();
      }
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
