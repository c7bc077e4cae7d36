import { loggableError } from "@pasrr/observability/safe-error";
import type { Clock } from "@pasrr/calendar/clock";
import type { Logger } from "@pasrr/observability/logger";
import type { FacilitiesDb } from "../db.ts";
import type { ResidentFactOutbox } from "../generated/prisma/client.ts";
import type { Delivery } from "./graph-delivery.services.ts";
import { markDelivered, markRetry, pendingFacts } from "./outbox.store.ts";
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

/** What a round needs: where the rows are, how they are delivered, the backoff, the log, the hub's clock. */
interface RelayRound {
  db: FacilitiesDb;
  deliver: Delivery;
  settings: RelaySettings;
  logger: Logger;
  clock: Clock;
}

/*
 * `deliveredAt` is a fact about the record and comes from the hub's clock; `nextAttemptAt` is a
 * retry timer, not a domain fact, and stays on the machine's time (Date.now()) like the poll.
 */

/** A failed delivery: the row backs off exponentially, loudly on the first failure and every tenth after it (a long outage is not a flood of lines). */
async function recordFailure({ db, settings, logger }: RelayRound, row: ResidentFactOutbox, error: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, settings.retryBaseMs, settings.retryMaxMs));
  await markRetry(db, row, attempts, nextAttemptAt, message);
  const level = attempts === 1 || attempts % 10 === 0 ? "warn" : "debug";
  logger[level]({ outboxId: row.id, attempts, nextAttemptAt, error: message }, "census fact not delivered; will retry");
}

/** Delivers one row and marks it delivered; whether it was. */
async function deliverRow(round: RelayRound, row: ResidentFactOutbox): Promise<boolean> {
  try {
    await round.deliver(row);
    await markDelivered(round.db, row, round.clock.now());
    return true;
  } catch (error) {
    await recordFailure(round, row, error);
    return false;
  }
}

/**
 * One round over the oldest undelivered rows. A person whose row failed, or waits out its
 * backoff, has the rest of their rows wait too. Whether a full batch was read (more may wait).
 */
async function deliverPending(round: RelayRound, stopped: () => boolean): Promise<boolean> {
  const pending = await pendingFacts(round.db, batchSize);
  const waiting = new Set<string>();
  const now = Date.now();
  for (const row of pending) {
    if (stopped()) return false;
    if (waiting.has(row.individualId)) continue;
    const due = row.nextAttemptAt.getTime() <= now;
    if (!due || !(await deliverRow(round, row))) waiting.add(row.individualId);
  }
  return pending.length === batchSize;
}

/**
 * The census feed's relay: delivers outbox rows oldest first, marks each acknowledged row
 * delivered, and backs a failed row off exponentially. A person's facts stay in order: after a
 * failure (or while a row waits out its backoff) that person's later rows wait too, so a
 * discharge never overtakes its admission. Delivery is at least once (a row delivered but not yet
 * marked is sent again after a crash); screenings makes a repeat harmless (README, "Census feed").
 * One round runs at a time: a kick during a round runs another right after it.
 */
export function startOutboxRelay(db: FacilitiesDb, deliver: Delivery, settings: RelaySettings, logger: Logger, clock: Clock): OutboxRelay {
  const round: RelayRound = { db, deliver, settings, logger, clock };
  let stopped = false;
  let again = false;
  let active: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

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
    active = deliverPending(round, () => stopped)
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
