// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphModule } from "@pasrr/subgraph-kit/subgraph-service";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { createClient, type LevelOfCareDb } from "./db.ts";
import { seedDemoLevelOfCare } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildLevelOfCareSchema } from "./schema.ts";
import { createServices, type Services } from "./services.ts";

export const levelOfCareSubgraph: SubgraphModule<LevelOfCareDb, Loaders, Services> = {
  name: "levelofcare",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildLevelOfCareSchema,
  createClient,
  createServices,
  createLoaders: (db, principal) => createLoaders(db, principal),
  seedDemoData: (db, services) => seedDemoLevelOfCare(db, services.clock),
};

/**
 * Creates and starts the service (database migrated, server listening) without owning the process.
 * The Level of Care policy is read first (createServices), so a bad setting stops start-up.
 */
export const startLevelOfCare = (config: SubgraphConfig, env: Env) => startSubgraph(levelOfCareSubgraph, config, env);
