import { loggableError } from "@pasrr/observability/safe-error";
import type { Clock } from "@pasrr/calendar/clock";
import type { Logger } from "@pasrr/observability/logger";
import type { FacilitiesDb } from "../db.ts";
import { purgeDelivered } from "./outbox-maintenance.store.ts";

export interface RetentionSettings {
  /** Delivered facts older than this many days are deleted (the census event itself stays: the outbox is only its way to screenings). */
  retentionDays: number;
}

/** Once an hour, and once at start. */
const everyMs = 3_600_000;
/** A run deletes at most `batches` × `batchSize` rows, one short statement per batch; the next run takes the rest. */
const batchSize = 1_000;
const batches = 10;

/**
 * One retention run: deletes delivered rows whose `deliveredAt` (the hub's clock) is older than
 * the window, in bounded batches; how many it deleted. Idempotent, and safe while other
 * replicas run it too (purgeDelivered skips rows another run is deleting).
 */
export async function purgeExpiredFacts(db: FacilitiesDb, clock: Clock, settings: RetentionSettings): Promise<number> {
  const before = new Date(clock.now().getTime() - settings.retentionDays * 86_400_000);
  let deleted = 0;
  for (let batch = 0; batch < batches; batch += 1) {
    const count = await purgeDelivered(db, before, batchSize);
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}

/**
 * The census feed's retention job, run by every replica on its own timer (no coordination is
 * needed: a run is idempotent and bounded). Delivered rows are kept for `retentionDays` so an
 * operator can still see what was sent; undelivered and dead-lettered rows are never deleted.
 */
export function startOutboxRetention(db: FacilitiesDb, settings: RetentionSettings, logger: Logger, clock: Clock): { stop(): Promise<void> } {
  let active: Promise<void> | null = null;
  const run = () => {
    if (active) return;
    active = purgeExpiredFacts(db, clock, settings)
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted, retentionDays: settings.retentionDays }, "census feed: deleted delivered facts past retention");
      })
      .catch((error: unknown) => logger.error({ err: loggableError(error) }, "census feed retention run failed"))
      .finally(() => (active = null));
  };
  const first = setTimeout(run, 0);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await active;
    },
  };
}
