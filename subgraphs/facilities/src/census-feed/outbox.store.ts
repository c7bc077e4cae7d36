import type { CensusEvent, Prisma } from "../generated/prisma/client.ts";
import type { DerivedStay } from "../stay/stay.model.ts";
import { residentFactsOf, type FacilityFacts, type PriorDischarge } from "./resident-facts.rules.ts";

/** The discharge that ended the person's latest stay before the one this event opened, if any. */
function priorDischarge(stays: DerivedStay[], eventId: string): PriorDischarge {
  const opened = stays.find((stay) => stay.id === eventId);
  if (!opened) return null;
  const before = stays
    .filter((stay) => stay.endReason === "DISCHARGED" && stay.dischargedOn !== null && stay.dischargedOn <= opened.admittedOn && stay.id !== opened.id)
    .sort((a, b) => (a.dischargedOn! < b.dischargedOn! ? 1 : -1))[0];
  return before ? { dischargeDestination: before.dischargeDestination } : null;
}

/**
 * Writes the event's resident facts to the outbox inside the census transaction (one read of the
 * facilities it names, one insert), so the fact commits or rolls back with the event. Returns
 * how many rows it wrote, so the caller knows whether to wake the relay.
 */
export async function enqueueResidentFacts(tx: Prisma.TransactionClient, event: CensusEvent, stays: DerivedStay[]): Promise<number> {
  if (!["ADMISSION", "TRANSFER_OUT", "DISCHARGE", "DEATH"].includes(event.kind)) return 0;
  const ids = [event.facilityId, event.toFacilityId].filter((id): id is string => id !== null);
  const rows = await tx.facility.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, county: true } });
  const facilities = new Map<string, FacilityFacts>(rows.map((row) => [row.id, row]));
  const facts = residentFactsOf(event, facilities, event.kind === "ADMISSION" ? priorDischarge(stays, event.id) : null);
  if (facts.length === 0) return 0;
  await tx.residentFactOutbox.createMany({
    data: facts.map((fact) => ({ ...fact, censusEventId: event.id, individualId: event.individualId, occurredOn: event.effectiveOn })),
  });
  return facts.length;
}
