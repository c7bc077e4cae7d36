// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { createLogger } from "@pasrr/observability/logger";
import { createServiceIdentity } from "@pasrr/auth/service-identity";
import { startSubgraph, type SubgraphModule } from "@pasrr/subgraph-kit/subgraph-service";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { graphDelivery } from "./census-feed/graph-delivery.services.ts";
import { startOutboxRelay } from "./census-feed/outbox-relay.services.ts";
import { createClient, type FacilitiesDb } from "./db.ts";
import { seedDemoFacilities } from "./demo/seed.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { buildFacilitiesSchema } from "./schema.ts";
import { createServices, type Services } from "./services.ts";

export const facilitiesSubgraph: SubgraphModule<FacilitiesDb, Loaders, Services> = {
  name: "facilities",
  prismaDir: fileURLToPath(new URL("../prisma", import.meta.url)),
  buildSchema: buildFacilitiesSchema,
  createClient,
  createServices,
  createLoaders,
  seedDemoData: (db, services) => seedDemoFacilities(db, services.clock),
};

/**
 * Creates and starts the service (database migrated, server listening, census feed relaying)
 * without owning the process. Its own settings come from `env` (the process environment unless
 * a test passes one). Stopping stops the relay first, then the server.
 */
export async function startFacilities(config: SubgraphConfig, env: Env) {
  // The service identity is checked before anything starts: without a key the feed could not run.
  const identity = await createServiceIdentity("facilities", config);
  const service = await startSubgraph(facilitiesSubgraph, config, env);
  const { settings, censusFeed } = service.services;
  const relay = startOutboxRelay(
    service.backgroundClient,
    graphDelivery(identity, config.graphUrl),
    settings.censusFeed,
    createLogger("facilities.census-feed", config.observability),
    config.clock,
  );
  // Requests ring the doorbell the service made at start-up (its services): the relay answers that one.
  censusFeed.answer(relay.kick);
  return {
    ...service,
    async stop() {
      await relay.stop();
      await service.stop();
    },
  };
}
