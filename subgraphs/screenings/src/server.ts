import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphConfig, type SubgraphModule } from "@pasrr/platform";
import { createClient, type ScreeningsDb } from "./db.ts";
import { seedDemoScreenings } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildScreeningsSchema } from "./schema.ts";

export const screeningsSubgraph: SubgraphModule<ScreeningsDb, Loaders> = {
  name: "screenings",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildScreeningsSchema,
  createClient,
  createLoaders,
  seedDemoData: seedDemoScreenings,
};

/** Creates and starts the service (database migrated, server listening) without owning the process. */
export const startScreenings = (config: SubgraphConfig) => startSubgraph(screeningsSubgraph, config);
