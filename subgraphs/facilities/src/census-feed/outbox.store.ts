import type { Prisma } from "../generated/prisma/client.ts";
import type { CensusEvent } from "../generated/prisma/client.ts";
import { residentFactsOf, type FacilityFacts } from "./resident-facts.rules.ts";

/**
 * Writes the event's resident facts to the outbox inside the census transaction (one read of the
 * facilities it names, one insert), so the fact commits or rolls back with the event. Returns
 * how many rows it wrote, so the caller knows whether to wake the relay.
 */
export async function enqueueResidentFacts(tx: Prisma.TransactionClient, event: CensusEvent): Promise<number> {
  if (!["ADMISSION", "TRANSFER_OUT", "DISCHARGE", "DEATH"].includes(event.kind)) return 0;
  const ids = [event.facilityId, event.toFacilityId].filter((id): id is string => id !== null);
  const rows = await tx.facility.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, county: true } });
  const facilities = new Map<string, FacilityFacts>(rows.map((row) => [row.id, row]));
  const facts = residentFactsOf(event, facilities);
  if (facts.length === 0) return 0;
  await tx.residentFactOutbox.createMany({
    data: facts.map((fact) => ({ ...fact, censusEventId: event.id, individualId: event.individualId, occurredOn: event.effectiveOn })),
  });
  return facts.length;
}
