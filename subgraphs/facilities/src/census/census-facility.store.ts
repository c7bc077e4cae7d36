import { refusedInput } from "@pasrr/graphql-kit/input-validation";
import type { FacilitiesDb } from "../db.ts";
import type { CensusEventDraft } from "./record-census-event.validation.ts";
import { keepsCensus, sourceFacilityProblem, transferTargetProblem } from "./census.rules.ts";

/** The facilities an event names must be on the hub and be the right kind of place (one statement). */
export async function checkFacilities(db: FacilitiesDb, event: CensusEventDraft): Promise<void> {
  const ids = [event.facilityId, event.fromFacilityId, event.toFacilityId].filter((id): id is string => id !== null);
  const found = new Map((await db.facility.findMany({ where: { id: { in: ids } }, select: { id: true, type: true } })).map((row) => [row.id, row]));
  const facility = found.get(event.facilityId);
  if (!facility) throw refusedInput("input.facilityId", "UNKNOWN_FACILITY", "names no facility on the hub");
  if (!keepsCensus(facility.type)) {
    throw refusedInput(
      "input.facilityId",
      "FACILITY_KEEPS_NO_CENSUS",
      `is a ${facility.type}; only nursing facilities and ICF/IIDs keep a census (CT PathTracker)`,
    );
  }
  if (event.fromFacilityId !== null && event.admissionSource !== null) {
    const from = found.get(event.fromFacilityId);
    if (!from) throw refusedInput("input.fromFacilityId", "UNKNOWN_FACILITY", "names no facility on the hub");
    const problem = sourceFacilityProblem(event.admissionSource, from.type);
    if (problem) throw refusedInput("input.fromFacilityId", "SOURCE_FACILITY", problem);
  }
  if (event.toFacilityId !== null) {
    const to = found.get(event.toFacilityId);
    if (!to) throw refusedInput("input.toFacilityId", "UNKNOWN_FACILITY", "names no facility on the hub");
    const problem = transferTargetProblem(event.facilityId, to);
    if (problem) throw refusedInput("input.toFacilityId", "TRANSFER_TARGET", problem);
  }
}
