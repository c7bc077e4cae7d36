// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphModule } from "@pasrr/subgraph-kit/subgraph-service";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { createClient, type ScreeningsDb } from "./db.ts";
import { seedDemoScreenings } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildScreeningsSchema } from "./schema.ts";
import { createServices, type Services } from "./services.ts";

/** The screenings service; its policy pack is one of its services, read from the environment at start-up. */
export const screeningsSubgraph: SubgraphModule<ScreeningsDb, Loaders, Services> = {
  name: "screenings",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildScreeningsSchema,
  createClient,
  createServices,
  createLoaders,
  seedDemoData: seedDemoScreenings,
};

/**
 * Creates and starts the service (database migrated, server listening) without owning the
 * process. The policy pack comes from `PASRR_POLICY_STATE` / `PASRR_STATE_HOLIDAYS` in `env`.
 */
export const startScreenings = (config: SubgraphConfig, env: Env) => startSubgraph(screeningsSubgraph, config, env);
