import type { FacilitiesDb } from "../db.ts";
import type { ResidentFactOutbox } from "../generated/prisma/client.ts";

/*
 * Times: `deliveredAt` and `deadLetteredAt` are facts about the record and come from the hub's
 * clock (the caller passes them). `nextAttemptAt` and `leasedUntil` are timers that replicas
 * hand to one another, so they are set and compared on the database's clock, the one clock every
 * replica shares (`now()`, as the column defaults already are): a replica whose own clock runs
 * fast would otherwise take over leases that have not run out.
 */

/**
 * Claims up to `take` rows for one relay: for each person only their head (their oldest fact
 * neither delivered nor dead-lettered), and only when it is due and nobody holds a live lease on
 * it. One statement: rows another relay is claiming at this moment are skipped, not waited for
 * (SKIP LOCKED), and the lease is written before the lock is let go. The try is counted here, so
 * a try lost with its relay counts too. A person's next fact becomes their head only when this
 * one is marked delivered or dead-lettered, so at most one of their facts is out at a time, at
 * any number of replicas. Returns the claimed rows, oldest first.
 */
export async function claimHeads(db: FacilitiesDb, relay: string, leaseMs: number, take: number): Promise<ResidentFactOutbox[]> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    WITH heads AS (
      SELECT head."id" FROM "ResidentFactOutbox" AS head
      WHERE head."deliveredAt" IS NULL AND head."deadLetteredAt" IS NULL
        AND head."nextAttemptAt" <= now()
        AND (head."leasedUntil" IS NULL OR head."leasedUntil" <= now())
        AND NOT EXISTS (
          SELECT 1 FROM "ResidentFactOutbox" AS earlier
          WHERE earlier."individualId" = head."individualId" AND earlier."sequence" < head."sequence"
            AND earlier."deliveredAt" IS NULL AND earlier."deadLetteredAt" IS NULL)
      ORDER BY head."sequence"
      LIMIT ${take}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "ResidentFactOutbox" AS outbox
    SET "leasedUntil" = now() + ${leaseMs}::integer * interval '1 millisecond', "leasedBy" = ${relay}, "attempts" = outbox."attempts" + 1
    FROM heads WHERE outbox."id" = heads."id"
    RETURNING outbox."id"`;
  if (claimed.length === 0) return [];
  return db.residentFactOutbox.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: { sequence: "asc" } });
}

/**
 * An acknowledged row, delivered at `at` (the hub's clock). Whoever delivered it, it is delivered:
 * a relay whose lease ran out while its delivery still went through marks it as well as the one
 * that took the row over (screenings applied the fact once either way).
 */
export const markDelivered = (db: FacilitiesDb, id: string, at: Date) =>
  db.residentFactOutbox.updateMany({ where: { id, deliveredAt: null }, data: { deliveredAt: at, lastError: null, leasedUntil: null, leasedBy: null } });

/**
 * A failed try: why, and not before `delayMs` from now (database time). Only while `relay` still
 * holds the row: a relay whose lease ran out must not push back a row another one has taken over.
 */
export const markRetry = (db: FacilitiesDb, id: string, relay: string, delayMs: number, error: string) =>
  db.$executeRaw`
    UPDATE "ResidentFactOutbox"
    SET "nextAttemptAt" = now() + ${Math.round(delayMs)}::integer * interval '1 millisecond', "lastError" = ${error.slice(0, 500)},
      "leasedUntil" = NULL, "leasedBy" = NULL
    WHERE "id" = ${id}::uuid AND "leasedBy" = ${relay} AND "deliveredAt" IS NULL`;

/** Given up at `at` (the hub's clock), with why; on the same condition as a retry. */
export const markDeadLetter = (db: FacilitiesDb, id: string, relay: string, at: Date, error: string) =>
  db.residentFactOutbox.updateMany({
    where: { id, leasedBy: relay, deliveredAt: null },
    data: { deadLetteredAt: at, lastError: error.slice(0, 500), leasedUntil: null, leasedBy: null },
  });
