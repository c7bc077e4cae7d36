import type { ConnectionOptions } from "node:tls";
import type pg from "pg";
import type { PostgresSettings, SslMode } from "./database-config.ts";

/**
 * node-postgres's pool options for a subgraph's database. `url` carries no TLS parameter
 * (database-config.ts took them out): `ssl` alone decides, and it is always given, so neither
 * the URL nor the process's `PGSSLMODE` can quietly change it.
 */
export function postgresPoolOptions(url: string, settings: PostgresSettings, rootCert: string | undefined): pg.PoolConfig {
  return {
    connectionString: url,
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Sent in the start-up packet, so every session of the pool runs under it from its first statement.
    statement_timeout: settings.statementTimeoutMs,
    ssl: postgresSslOptions(settings.ssl.mode, rootCert),
  };
}

/**
 * libpq's `sslmode` meanings, in Node's TLS terms. `rootCert` (the CA file's text) replaces
 * Node's list of public CAs: only a certificate that CA signed is accepted.
 * - disable: plain TCP.
 * - require: encrypted, the certificate not checked at all (no protection from an impostor).
 * - verify-ca: the certificate must chain to `rootCert`; its host name is not compared.
 * - verify-full: verify-ca, and the certificate must name the host connected to.
 */
export function postgresSslOptions(mode: SslMode, rootCert: string | undefined): false | ConnectionOptions {
  switch (mode) {
    case "disable":
      return false;
    case "require":
      return { rejectUnauthorized: false };
    case "verify-ca":
      return { ca: requireCert(mode, rootCert), rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case "verify-full":
      return { ca: requireCert(mode, rootCert), rejectUnauthorized: true };
  }
}

function requireCert(mode: SslMode, rootCert: string | undefined): string {
  if (rootCert === undefined) throw new Error(`sslmode ${mode} needs a CA certificate`);
  return rootCert;
}
