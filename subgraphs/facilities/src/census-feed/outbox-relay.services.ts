import { loggableError, type Clock, type Logger } from "@pasrr/platform";
import type { FacilitiesDb } from "../db.ts";
import type { Delivery } from "./graph-delivery.services.ts";
import { retryDelayMs } from "./resident-facts.rules.ts";

export interface RelaySettings {
  /** How often the relay looks for rows it was not woken for (written by another replica, or due for a retry). */
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface OutboxRelay {
  /** Look now (a census transaction just committed). */
  kick(): void;
  /** Stop polling and wait for a round in progress; the rows left stay for the next start. */
  stop(): Promise<void>;
}

/** At most this many rows a round; the next round (kicked at once) takes the rest. */
const batchSize = 100;

/**
 * The census feed's relay: delivers outbox rows oldest first, marks each acknowledged row
 * delivered, and backs a failed row off exponentially. A person's facts stay in order: after a
 * failure (or while a row waits out its backoff) that person's later rows wait too, so a
 * discharge never overtakes its admission. Delivery is at least once (a row delivered but not yet
 * marked is sent again after a crash); screenings makes a repeat harmless (README, "Census feed").
 */
/*
 * `deliveredAt` is a fact about the record and comes from the hub's clock; `nextAttemptAt` is a
 * retry timer, not a domain fact, and stays on the machine's time (Date.now()) like the poll.
 */
export function startOutboxRelay(db: FacilitiesDb, deliver: Delivery, settings: RelaySettings, logger: Logger, clock: Clock): OutboxRelay {
  let stopped = false;
  let again = false;
  let active: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  async function round(): Promise<boolean> {
    const pending = await db.residentFactOutbox.findMany({ where: { deliveredAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: batchSize });
    const waiting = new Set<string>();
    const now = Date.now();
    for (const row of pending) {
      if (stopped) return false;
      if (waiting.has(row.individualId)) continue;
      if (row.nextAttemptAt.getTime() > now) {
        waiting.add(row.individualId);
        continue;
      }
      try {
        await deliver(row);
        await db.residentFactOutbox.update({ where: { id: row.id }, data: { deliveredAt: clock.now(), attempts: row.attempts + 1, lastError: null } });
      } catch (error) {
        waiting.add(row.individualId);
        const attempts = row.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, settings.retryBaseMs, settings.retryMaxMs));
        await db.residentFactOutbox.update({ where: { id: row.id }, data: { attempts, nextAttemptAt, lastError: message.slice(0, 500) } });
        // Loud on the first failure and every tenth after it; a long outage is not a flood of lines.
        const level = attempts === 1 || attempts % 10 === 0 ? "warn" : "debug";
        logger[level]({ outboxId: row.id, attempts, nextAttemptAt, error: message }, "census fact not delivered; will retry");
      }
    }
    return pending.length === batchSize;
  }

  function schedule(delayMs: number) {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, delayMs);
    timer.unref();
  }

  function run() {
    if (stopped) return;
    if (active) {
      again = true;
      return;
    }
    clearTimeout(timer);
    active = round()
      .catch((error: unknown) => {
        // The database itself failed (e.g. during shutdown): log it and let the next poll try again.
        logger.error({ err: loggableError(error) }, "census feed round failed");
        return false;
      })
      .then((more) => {
        active = null;
        const now = again || more;
        again = false;
        schedule(now ? 0 : settings.pollMs);
      });
  }

  schedule(0);
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await active;
    },
  };
}
