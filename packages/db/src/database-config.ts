import path from "node:path";
import { z } from "zod";
import { postgresUrl, readVar, type Env } from "@pasrr/config/env";
import { envPrefix, type SubgraphName } from "@pasrr/config/service-names";

export type DatabaseConfig = { kind: "postgres"; url: string; variable: string } | { kind: "pglite"; dataDir: string; variable: string };

/** `<NAME>_DATABASE_URL` (PostgreSQL) or else the embedded database in `<NAME>_DATA_DIR` (default: the hub's data folder). */
export function loadDatabaseConfig(env: Env, name: SubgraphName, dataDir: string): DatabaseConfig {
  const prefix = envPrefix(name);
  const urlVariable = `${prefix}_DATABASE_URL`;
  const databaseUrl = readVar(env, urlVariable, postgresUrl.optional());
  const dirVariable = `${prefix}_DATA_DIR`;
  // `memory://` keeps an embedded database in memory only (tests); anything else is a folder.
  const pgliteDir = readVar(env, dirVariable, z.string().default(path.join(dataDir, name)));
  return databaseUrl
    ? { kind: "postgres", url: databaseUrl, variable: urlVariable }
    : { kind: "pglite", dataDir: pgliteDir.startsWith("memory://") ? pgliteDir : path.resolve(pgliteDir), variable: dirVariable };
}
