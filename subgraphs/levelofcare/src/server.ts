import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphConfig, type SubgraphModule } from "@pasrr/platform";
import { createClient, type LevelOfCareDb } from "./db.ts";
import { seedDemoLevelOfCare } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildLevelOfCareSchema } from "./schema.ts";

export const levelOfCareSubgraph: SubgraphModule<LevelOfCareDb, Loaders> = {
  name: "levelofcare",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildLevelOfCareSchema,
  createClient,
  createLoaders,
  seedDemoData: seedDemoLevelOfCare,
};

/** Creates and starts the service (database migrated, server listening) without owning the process. */
export const startLevelOfCare = (config: SubgraphConfig) => startSubgraph(levelOfCareSubgraph, config);
