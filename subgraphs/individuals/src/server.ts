// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphModule } from "@pasrr/subgraph-kit/subgraph-service";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { createClient, type IndividualsDb } from "./db.ts";
import { seedDemoIndividuals } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildIndividualsSchema } from "./schema.ts";
import { createServices, type Services } from "./services.ts";

export const individualsSubgraph: SubgraphModule<IndividualsDb, Loaders, Services> = {
  name: "individuals",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildIndividualsSchema,
  createClient,
  createServices,
  createLoaders: (db, principal) => createLoaders(db, principal),
  seedDemoData: (db, services) => seedDemoIndividuals(db, services),
};

/**
 * Creates and starts the service (database migrated, server listening) without owning the process.
 * The identity settings are read first (createServices, before the database opens), so a bad
 * threshold or Medicaid ID pattern stops start-up.
 */
export const startIndividuals = (config: SubgraphConfig, env: Env) => startSubgraph(individualsSubgraph, config, env);
