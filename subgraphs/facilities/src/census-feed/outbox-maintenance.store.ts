import type { FacilitiesDb } from "../db.ts";

/**
 * Deletes up to `take` rows delivered before `before` (the hub's clock, as `deliveredAt` is),
 * oldest first; how many it deleted. Any replica may run it at any time: rows another replica is
 * deleting right now are skipped, and a row deleted twice is simply gone. Undelivered and
 * dead-lettered rows are never deleted.
 */
export const purgeDelivered = (db: FacilitiesDb, before: Date, take: number): Promise<number> =>
  db.$executeRaw`
    DELETE FROM "ResidentFactOutbox" WHERE "id" IN (
      SELECT "id" FROM "ResidentFactOutbox" WHERE "deliveredAt" < ${before}
      ORDER BY "deliveredAt" LIMIT ${take} FOR UPDATE SKIP LOCKED)`;

/** The dead letters, in the order they were written, for an operator: ids, the fact, why; no person's details. */
export const deadLetters = (db: FacilitiesDb, take: number) =>
  db.residentFactOutbox.findMany({
    where: { deadLetteredAt: { not: null } },
    orderBy: { sequence: "asc" },
    take,
    select: {
      id: true,
      censusEventId: true,
      individualId: true,
      facilityId: true,
      fact: true,
      occurredOn: true,
      attempts: true,
      deadLetteredAt: true,
      lastError: true,
    },
  });

/**
 * Puts dead letters back in the queue, all of them or those named: each becomes its person's head
 * again if it is their oldest undelivered fact, due at once (its last timer has passed), with its
 * tries counted afresh. How many were requeued.
 */
export async function requeueDeadLetters(db: FacilitiesDb, ids: string[] | "all"): Promise<number> {
  const { count } = await db.residentFactOutbox.updateMany({
    where: { deadLetteredAt: { not: null }, deliveredAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { deadLetteredAt: null, attempts: 0 },
  });
  return count;
}
