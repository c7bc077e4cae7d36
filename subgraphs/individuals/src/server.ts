import { fileURLToPath } from "node:url";
import { startSubgraph, type Env, type SubgraphConfig, type SubgraphModule } from "@pasrr/platform";
import { identityConfig } from "./config.ts";
import { createClient, type IndividualsDb } from "./db.ts";
import { seedDemoIndividuals } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildIndividualsSchema } from "./schema.ts";

export const individualsSubgraph: SubgraphModule<IndividualsDb, Loaders> = {
  name: "individuals",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildIndividualsSchema,
  createClient,
  createServices: () => ({}),
  createLoaders: (db, principal) => createLoaders(db, principal),
  seedDemoData: (db) => seedDemoIndividuals(db),
};

/**
 * Creates and starts the service (database migrated, server listening) without owning the process.
 * The identity settings are read first, so a bad threshold or Medicaid ID pattern stops start-up.
 */
export function startIndividuals(config: SubgraphConfig, env: Env) {
  identityConfig();
  return startSubgraph(individualsSubgraph, config, env);
}
