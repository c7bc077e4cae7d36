import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { OutboxDoorbell } from "./census-feed/outbox-doorbell.services.ts";
import { loadFacilitiesSettings, type FacilitiesSettings } from "./facilities.config.ts";

/** What facilities makes once at start-up, beside the platform's services. */
export interface Services {
  /** The service's validated settings (late entries, self-corrections, the census feed's timing). */
  settings: FacilitiesSettings;
  /** Rung after a census transaction wrote resident facts to the outbox; the census feed's relay answers it (startFacilities). */
  censusFeed: OutboxDoorbell;
}

/** Reads the settings from the service's environment; a bad value stops start-up before anything listens. */
export const createServices = (_config: SubgraphConfig, env: Env): Services => ({
  settings: loadFacilitiesSettings(env),
  censusFeed: new OutboxDoorbell(),
});
