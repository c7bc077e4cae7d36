import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphConfig, type SubgraphModule } from "@pasrr/platform";
import { createClient, type FacilitiesDb } from "./db.ts";
import { seedDemoFacilities } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildFacilitiesSchema } from "./schema.ts";

export const facilitiesSubgraph: SubgraphModule<FacilitiesDb, Loaders> = {
  name: "facilities",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildFacilitiesSchema,
  createClient,
  createLoaders,
  seedDemoData: seedDemoFacilities,
};

/** Creates and starts the service (database migrated, server listening) without owning the process. */
export const startFacilities = (config: SubgraphConfig) => startSubgraph(facilitiesSubgraph, config);
