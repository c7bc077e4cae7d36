import { fileURLToPath } from "node:url";
import { startSubgraph, type Env, type SubgraphConfig, type SubgraphModule } from "@pasrr/platform";
import { loadFacilitiesSettings, type FacilitiesSettings } from "./config/settings.ts";
import { createClient, type FacilitiesDb } from "./db.ts";
import { seedDemoFacilities } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildFacilitiesSchema } from "./schema.ts";

export const facilitiesSubgraph = (settings: FacilitiesSettings): SubgraphModule<FacilitiesDb, Loaders> => ({
  name: "facilities",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildFacilitiesSchema,
  createClient,
  createLoaders: (db, principal) => createLoaders(db, principal, settings),
  seedDemoData: seedDemoFacilities,
});

/**
 * Creates and starts the service (database migrated, server listening) without owning the
 * process. Its own settings come from `env` (the process environment unless a test passes one).
 */
export const startFacilities = (config: SubgraphConfig, env: Env = process.env) =>
  startSubgraph(facilitiesSubgraph(loadFacilitiesSettings(env)), config);
