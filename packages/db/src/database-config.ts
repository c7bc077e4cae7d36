import path from "node:path";
import { z } from "zod";
import { ConfigError } from "@pasrr/config/config-error";
import { postgresUrl, readVar, type Env, type RuntimeMode } from "@pasrr/config/env";
import { envPrefix, type SubgraphName } from "@pasrr/config/service-names";

export const sslModes = ["disable", "require", "verify-ca", "verify-full"] as const;
export type SslMode = (typeof sslModes)[number];

/** How a subgraph talks to its PostgreSQL: the same `DATABASE_*` settings for all four subgraphs. */
export interface PostgresSettings {
  /** `DATABASE_POOL_MAX`: connections each process keeps at most. */
  poolMax: number;
  /** `DATABASE_STATEMENT_TIMEOUT_MS`: PostgreSQL cancels a statement running longer (the session's statement_timeout). */
  statementTimeoutMs: number;
  /** `DATABASE_CONNECT_TIMEOUT_MS`: how long opening a connection, or waiting for a free one in the pool, may take. */
  connectTimeoutMs: number;
  /** `DATABASE_SSL_MODE` and `DATABASE_SSL_ROOT_CERT` (or the URL's `sslmode`, `sslrootcert`). */
  ssl: { mode: SslMode; rootCertFile: string | undefined };
}

/** What a subgraph gets when no `DATABASE_*` variable is set (and its URL names no TLS). */
export const defaultPostgresSettings: PostgresSettings = {
  poolMax: 10,
  statementTimeoutMs: 30_000,
  connectTimeoutMs: 5_000,
  ssl: { mode: "disable", rootCertFile: undefined },
};

export type DatabaseConfig =
  { kind: "postgres"; url: string; variable: string; settings: PostgresSettings } | { kind: "pglite"; dataDir: string; variable: string };

const positiveMs = z.coerce.number().int().min(1).max(86_400_000);

/**
 * `<NAME>_DATABASE_URL` (PostgreSQL) or else, outside production, the embedded database in
 * `<NAME>_DATA_DIR` (default: the hub's data folder). Production refuses the embedded database:
 * it is one process's private file, and a missing URL must stop a replica, not give it an empty database of its own.
 */
export function loadDatabaseConfig(env: Env, name: SubgraphName, dataDir: string, mode: RuntimeMode): DatabaseConfig {
  const prefix = envPrefix(name);
  const urlVariable = `${prefix}_DATABASE_URL`;
  const databaseUrl = readVar(env, urlVariable, postgresUrl.optional());
  const dirVariable = `${prefix}_DATA_DIR`;
  // `memory://` keeps an embedded database in memory only (tests); anything else is a folder.
  const pgliteDir = readVar(env, dirVariable, z.string().default(path.join(dataDir, name)));
  // Read whichever database is used, so a mistyped setting is refused on a laptop too, not first in production.
  const settings = readPostgresSettings(env, urlVariable, databaseUrl);
  if (databaseUrl) return { kind: "postgres", url: withoutUrlSsl(databaseUrl), variable: urlVariable, settings };
  if (mode === "production") {
    throw new ConfigError(urlVariable, "required in production: the embedded PGlite database is for development and tests only");
  }
  return { kind: "pglite", dataDir: pgliteDir.startsWith("memory://") ? pgliteDir : path.resolve(pgliteDir), variable: dirVariable };
}

function readPostgresSettings(env: Env, urlVariable: string, databaseUrl: string | undefined): PostgresSettings {
  return {
    poolMax: readVar(env, "DATABASE_POOL_MAX", z.coerce.number().int().min(1).max(1000).default(defaultPostgresSettings.poolMax)),
    statementTimeoutMs: readVar(env, "DATABASE_STATEMENT_TIMEOUT_MS", positiveMs.default(defaultPostgresSettings.statementTimeoutMs)),
    connectTimeoutMs: readVar(env, "DATABASE_CONNECT_TIMEOUT_MS", positiveMs.default(defaultPostgresSettings.connectTimeoutMs)),
    ssl: readSsl(env, urlVariable, databaseUrl ? new URL(databaseUrl).searchParams : new URLSearchParams()),
  };
}

// node-postgres lets a URL's parameters override the options it is given, and reads `sslmode=require`
// as verify-full: TLS is therefore taken out of the URL and set only through `ssl` (postgres-pool-options.ts).
const urlSslParameters = ["sslmode", "sslrootcert"];
const refusedUrlParameters: Record<string, string> = {
  ssl: "DATABASE_SSL_MODE",
  sslcert: "nothing: client certificates are not supported",
  sslkey: "nothing: client certificates are not supported",
  sslpassword: "nothing: client certificates are not supported",
  sslnegotiation: "nothing: only PostgreSQL's own TLS negotiation is supported",
  uselibpqcompat: "DATABASE_SSL_MODE, which already follows libpq's meanings",
  statement_timeout: "DATABASE_STATEMENT_TIMEOUT_MS",
};

/**
 * The TLS mode: DATABASE_SSL_MODE, else the URL's `sslmode`, else `disable`. The two may both be
 * set only if they agree, and so for the CA file; `verify-*` needs a CA file, `require` takes none
 * (libpq would quietly verify against it, which this hub does not do behind an operator's back).
 */
function readSsl(env: Env, urlVariable: string, params: URLSearchParams): PostgresSettings["ssl"] {
  for (const [parameter, instead] of Object.entries(refusedUrlParameters)) {
    if (params.has(parameter)) throw new ConfigError(urlVariable, `the URL may not set ${parameter}; use ${instead}`);
  }
  const urlMode = params.get("sslmode") ?? undefined;
  if (urlMode !== undefined && !(sslModes as readonly string[]).includes(urlMode)) {
    throw new ConfigError(urlVariable, `sslmode=${urlMode} is not supported: use one of ${sslModes.join(", ")}`);
  }
  const mode = readVar(env, "DATABASE_SSL_MODE", z.enum(sslModes).optional());
  if (mode !== undefined && urlMode !== undefined && mode !== urlMode) {
    throw new ConfigError("DATABASE_SSL_MODE", `is ${mode} but ${urlVariable} says sslmode=${urlMode}; set one, or make them agree`);
  }
  const urlRootCert = params.get("sslrootcert") ?? undefined;
  const rootCertFile = readVar(env, "DATABASE_SSL_ROOT_CERT", z.string().optional());
  if (rootCertFile !== undefined && urlRootCert !== undefined && rootCertFile !== urlRootCert) {
    throw new ConfigError("DATABASE_SSL_ROOT_CERT", `is ${rootCertFile} but ${urlVariable} says sslrootcert=${urlRootCert}; set one, or make them agree`);
  }
  const ssl = { mode: mode ?? (urlMode as SslMode | undefined) ?? "disable", rootCertFile: rootCertFile ?? urlRootCert };
  if (ssl.mode.startsWith("verify-") && ssl.rootCertFile === undefined) {
    throw new ConfigError(
      "DATABASE_SSL_ROOT_CERT",
      `required with DATABASE_SSL_MODE=${ssl.mode}: the CA certificate file the server's certificate is verified against`,
    );
  }
  if (!ssl.mode.startsWith("verify-") && ssl.rootCertFile !== undefined) {
    throw new ConfigError("DATABASE_SSL_ROOT_CERT", `is set but DATABASE_SSL_MODE is ${ssl.mode}, which verifies nothing: use verify-ca or verify-full`);
  }
  return ssl;
}

/** The URL without its TLS parameters (kept verbatim when it has none). */
function withoutUrlSsl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!urlSslParameters.some((parameter) => url.searchParams.has(parameter))) return databaseUrl;
  for (const parameter of urlSslParameters) url.searchParams.delete(parameter);
  return url.toString();
}
