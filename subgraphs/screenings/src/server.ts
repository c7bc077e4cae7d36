// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { startSubgraph, type SubgraphModule } from "@pasrr/subgraph-kit/subgraph-service";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { createClient, type ScreeningsDb } from "./db.ts";
import { seedDemoScreenings } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { loadPolicy } from "./policy/policy.config.ts";
import type { PasrrPolicy } from "./policy/policy.types.ts";
import { buildScreeningsSchema } from "./schema.ts";

/** The screenings service under one policy pack. */
export const screeningsSubgraph = (policy: PasrrPolicy): SubgraphModule<ScreeningsDb, Loaders> => ({
  name: "screenings",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildScreeningsSchema,
  createClient,
  createServices: () => ({}),
  createLoaders: (db, principal) => createLoaders(db, principal, policy),
  seedDemoData: (db, services) => seedDemoScreenings(db, policy, services.clock),
});

/**
 * Creates and starts the service (database migrated, server listening) without owning the
 * process. The policy pack comes from `PASRR_POLICY_STATE` / `PASRR_STATE_HOLIDAYS` in `env`.
 */
export const startScreenings = (config: SubgraphConfig, env: Env) => startSubgraph(screeningsSubgraph(loadPolicy(env)), config, env);
