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
import { startOutboxRetention } from "./census-feed/outbox-retention.services.ts";
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
 * Creates and starts the service (database migrated, server listening, census feed relaying and
 * its retention job running) without owning the process. Its own settings come from `env` (the
 * process environment unless a test passes one). Stopping stops the feed first, then the server.
 */
export async function startFacilities(config: SubgraphConfig, env: Env) {
  // The service identity is checked before anything starts: without a key the feed could not run.
  const identity = await createServiceIdentity("facilities", config);
  const service = await startSubgraph(facilitiesSubgraph, config, env);
  const { settings, censusFeed } = service.services;
  const logger = createLogger("facilities.census-feed", config.observability);
  const deadLetters = service.metrics.counter("census_feed_dead_letters_total", "Census facts the relay gave up on, by why (refused, exhausted)", ["reason"]);
  const relay = startOutboxRelay({
    db: service.backgroundClient,
    deliver: graphDelivery(identity, config.graphUrl, settings.censusFeed.deliveryTimeoutMs),
    settings: settings.censusFeed,
    logger,
    clock: config.clock,
    metrics: { deadLettered: (reason) => deadLetters.inc({ reason }) },
  });
  const retention = startOutboxRetention(service.backgroundClient, settings.censusFeed, logger, config.clock);
  // Requests ring the doorbell the service made at start-up (its services): the relay answers that one.
  censusFeed.answer(relay.kick);
  return {
    ...service,
    async stop() {
      await Promise.all([relay.stop(), retention.stop()]);
      await service.stop();
    },
  };
}
