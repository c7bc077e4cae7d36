import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { CensusEvent, Prisma } from "../generated/prisma/client.ts";
import type { CensusEventFacts } from "./census-event.model.ts";

/** A stored event as the plain facts the rules read. */
export const toFacts = (row: CensusEvent): CensusEventFacts => ({
  id: row.id,
  individualId: row.individualId,
  facilityId: row.facilityId,
  kind: row.kind,
  effectiveOn: fromDbDate(row.effectiveOn),
  recordedAt: row.recordedAt,
  admissionSource: row.admissionSource,
  payer: row.payer,
  fromFacilityId: row.fromFacilityId,
  toFacilityId: row.toFacilityId,
  dischargeDestination: row.dischargeDestination,
  correctsEventId: row.correctsEventId,
  voidsCorrected: row.voidsCorrected,
});

/** Everything recorded about one person, in the order it was recorded. */
export async function loadHistory(tx: Prisma.TransactionClient, individualId: string): Promise<CensusEvent[]> {
  return tx.censusEvent.findMany({ where: { individualId }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] });
}

/**
 * Census writes for one person happen one at a time (a transaction-scoped advisory lock on the
 * person's id), so two facilities cannot both admit the same person at once.
 */
export async function lockPerson(tx: Prisma.TransactionClient, individualId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${individualId}, 0))`;
}
