import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { loggableError } from "@pasrr/observability/safe-error";
import type { Clock } from "@pasrr/calendar/clock";
import type { Logger } from "@pasrr/observability/logger";
import type { FacilitiesDb } from "../db.ts";
import type { ResidentFactOutbox } from "../generated/prisma/client.ts";
import { nextStepAfterFailure, type RetryPolicy } from "./delivery-failure.rules.ts";
import { DeliveryFailure, type Delivery } from "./graph-delivery.services.ts";
import { claimHeads, markDeadLetter, markDelivered, markRetry } from "./outbox-lease.store.ts";

export interface RelaySettings extends RetryPolicy {
  /** How often the relay looks for rows it was not woken for (written by another replica, or due for a retry). */
  pollMs: number;
  /** How long a claimed row stays this relay's; longer than a delivery may take (facilities.config.ts). */
  leaseMs: number;
}

/** Counts what an operator must hear about: a fact given up on, and why. */
export interface RelayMetrics {
  deadLettered(reason: "refused" | "exhausted"): void;
}

export interface RelayDependencies {
  db: FacilitiesDb;
  deliver: Delivery;
  settings: RelaySettings;
  logger: Logger;
  /** The hub's clock, for the record's own times (delivered, dead-lettered). */
  clock: Clock;
  metrics: RelayMetrics;
}

export interface OutboxRelay {
  /** This relay's name on the rows it leases. */
  readonly id: string;
  /** Look now (a census transaction just committed). */
  kick(): void;
  /** Stop polling and wait for a round in progress; the rows left stay for the next start. */
  stop(): Promise<void>;
}

/**
 * Heads claimed a round, delivered at once: each belongs to a different person (a person has one
 * head), so delivering them side by side keeps every person's order.
 */
export const claimSize = 10;

type Round = RelayDependencies & { relay: string };

/** A failed try: backed off (loudly on the first failure and every tenth after it), or dead-lettered. */
async function recordFailure(round: Round, row: ResidentFactOutbox, error: unknown): Promise<void> {
  const { db, settings, logger, clock, metrics, relay } = round;
  const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure("failed", "ERROR", error instanceof Error ? error.message : String(error));
  const step = nextStepAfterFailure(failure.kind, row.attempts, settings);
  // Logged by ids and codes only: the message stays on the row (lastError), where only operators read it.
  const about = { outboxId: row.id, censusEventId: row.censusEventId, attempts: row.attempts, code: failure.code };
  if ("deadLetter" in step) {
    const { count } = await markDeadLetter(db, row.id, relay, clock.now(), failure.message);
    if (count === 0) return; // another relay took the row over after this one's lease ran out: it decides
    metrics.deadLettered(step.deadLetter);
    logger.error({ ...about, reason: step.deadLetter }, "census fact dead-lettered; the person's later facts go on without it until an operator requeues it");
    return;
  }
  await markRetry(db, row.id, relay, step.retryInMs, failure.message);
  const level = row.attempts === 1 || row.attempts % 10 === 0 ? "warn" : "debug";
  logger[level]({ ...about, retryInMs: step.retryInMs }, "census fact not delivered; will retry");
}

/** Delivers one claimed row and marks it delivered, or records the failure. */
async function deliverClaimed(round: Round, row: ResidentFactOutbox): Promise<void> {
  try {
    await round.deliver(row);
  } catch (error) {
    await recordFailure(round, row, error);
    return;
  }
  await markDelivered(round.db, row.id, round.clock.now());
}

/** One round: claim the heads that are due, deliver them. Whether any was claimed (then the next heads may be ready). */
async function deliverRound(round: Round): Promise<boolean> {
  const claimed = await claimHeads(round.db, round.relay, round.settings.leaseMs, claimSize);
  // Every delivery finishes before the round does (stop() waits for the round); the first error is the round's.
  const settled = await Promise.allSettled(claimed.map((row) => deliverClaimed(round, row)));
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return claimed.length > 0;
}

/**
 * The census feed's relay, safe at any number of replicas: each round claims the persons' heads
 * (outbox-lease.store.ts) under a lease, delivers them, and marks each delivered, backed off or
 * dead-lettered. A person's next fact is claimable only once the one before it is settled, so a
 * discharge never overtakes its admission, whichever replica holds either. Delivery is at least
 * once (a relay that dies between delivering and marking leaves a lease that runs out, and
 * another relay sends the row again); screenings applies each census event once (README,
 * "Census feed"). One round runs at a time: a kick during a round runs another right after it.
 */
export function startOutboxRelay(dependencies: RelayDependencies): OutboxRelay {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const round: Round = { ...dependencies, relay: id };
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
    active = deliverRound(round)
      .catch((error: unknown) => {
        // The database itself failed (e.g. during shutdown): log it and let the next poll try again.
        dependencies.logger.error({ err: loggableError(error) }, "census feed round failed");
        return false;
      })
      .then((more) => {
        active = null;
        const now = again || more;
        again = false;
        schedule(now ? 0 : dependencies.settings.pollMs);
      });
  }

  schedule(0);
  return {
    id,
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await active;
    },
  };
}
