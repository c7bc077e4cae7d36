/**
 * `npm run migrate [-- <subgraph> …]`: applies each subgraph's pending migrations to its database
 * (PostgreSQL from `<SUBGRAPH>_DATABASE_URL`, else the embedded one in `<SUBGRAPH>_DATA_DIR`) and
 * prints, per subgraph, what it applied. The release step of production, where services only
 * check their database at start (MIGRATE_AT_START=false); compiled by `npm run build` into
 * `scripts/dist/migrate.js` for `npm run migrate:prod`, which production's plain `node` runs.
 *
 * Running it twice applies nothing the second time; two runs at once against the same PostgreSQL
 * apply each migration once (the schema engine's advisory lock, see packages/db/src/migrations.ts).
 * Exit codes: 0 done, 1 a migration failed, 2 the configuration was refused.
 */
import path from "node:path";
import { ConfigError } from "@pasrr/config/config-error";
import { readRuntimeMode } from "@pasrr/config/env";
import { readHubDataDir, repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { openDatabase } from "@pasrr/db/database";
import { loadDatabaseConfig, type DatabaseConfig } from "@pasrr/db/database-config";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";

/** Where the migrations went, without the URL (it may hold a password). */
const describe = (config: DatabaseConfig) => (config.kind === "postgres" ? `PostgreSQL from ${config.variable}` : `PGlite in ${config.dataDir}`);

async function migrate(name: SubgraphName, config: DatabaseConfig): Promise<void> {
  const database = await openDatabase(config, { onError: (error) => console.error(`${name}: database connection lost: ${error.message}`) });
  try {
    const applied = await applyPendingMigrations(database, prismaFolder(path.join(repoRoot, "subgraphs", name, "prisma")));
    console.log(`${name} (${describe(config)}): ${applied.length === 0 ? "nothing to apply" : `applied ${applied.join(", ")}`}`);
  } finally {
    await database.close();
  }
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((name) => !(subgraphNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`unknown subgraph ${unknown.join(", ")}: choose from ${subgraphNames.join(", ")}`);
    return 2;
  }
  let configs: [SubgraphName, DatabaseConfig][];
  try {
    // Every subgraph's configuration is checked before any database is touched.
    const mode = readRuntimeMode(process.env);
    const dataDir = readHubDataDir(process.env);
    const names = args.length > 0 ? (args as SubgraphName[]) : subgraphNames;
    configs = names.map((name) => [name, loadDatabaseConfig(process.env, name, dataDir, mode)]);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`configuration error: ${error.message}`);
    return 2;
  }
  for (const [name, config] of configs) {
    try {
      await migrate(name, config);
    } catch (error) {
      console.error(`${name} (${describe(config)}): migration failed: ${(error as Error).message}`);
      return error instanceof ConfigError ? 2 : 1;
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
