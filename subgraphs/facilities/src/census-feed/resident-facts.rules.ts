import type { AdmissionSource, CensusEventKind, FacilityType, ResidentFactKind } from "../generated/prisma/enums.ts";

/** A census fact for screenings' Resident Review clocks (the outbox row without its delivery state). */
export interface ResidentFact {
  fact: ResidentFactKind;
  facilityId: string;
  facilityCounty: string;
  fromFacilityId: string | null;
}

export interface RecordedEventFacts {
  kind: CensusEventKind;
  facilityId: string;
  admissionSource: AdmissionSource | null;
  fromFacilityId: string | null;
  toFacilityId: string | null;
}

export type FacilityFacts = { type: FacilityType; county: string };

/**
 * The facts a census event gives the Resident Review clocks. Only nursing facilities have
 * Resident Reviews (domain README, step 4; an ICF/IID keeps a census but no PASRR clocks).
 * - An admission from another NF is a transfer in (OH guide: the PAS follows the person; with
 *   no PASRR records the receiving NF owes a review, "NF Transfer, No Previous PASRR Records").
 * - Any other admission starts the clocks of a time-limited exemption or categorical (OH guide).
 * - A transfer out opens the next stay at the receiving NF: a transfer in there, from here.
 * - A discharge or death ends the stay and with it its clocks.
 * Leaves, returns and payer changes keep the stay and touch no clock; corrections are not fed
 * (README, "Census feed").
 */
export function residentFactsOf(event: RecordedEventFacts, facilities: ReadonlyMap<string, FacilityFacts>): ResidentFact[] {
  const at = facilities.get(event.facilityId);
  const isNf = (facility: FacilityFacts | undefined): facility is FacilityFacts => facility?.type === "NURSING_FACILITY";
  switch (event.kind) {
    case "ADMISSION":
      if (!isNf(at)) return [];
      return event.admissionSource === "ANOTHER_NURSING_FACILITY"
        ? [{ fact: "TRANSFERRED_IN", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: event.fromFacilityId }]
        : [{ fact: "ADMITTED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }];
    case "TRANSFER_OUT": {
      const to = event.toFacilityId ? facilities.get(event.toFacilityId) : undefined;
      if (event.toFacilityId && isNf(to)) return [{ fact: "TRANSFERRED_IN", facilityId: event.toFacilityId, facilityCounty: to.county, fromFacilityId: event.facilityId }];
      return isNf(at) ? [{ fact: "DISCHARGED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }] : [];
    }
    case "DISCHARGE":
    case "DEATH":
      return isNf(at) ? [{ fact: "DISCHARGED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }] : [];
    default:
      return [];
  }
}

/** Exponential backoff after the n-th failed attempt (1, 2, 4 … times the base), capped. */
export const retryDelayMs = (attempts: number, baseMs: number, maxMs: number): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
