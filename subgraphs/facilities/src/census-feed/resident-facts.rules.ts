import type { AdmissionSource, CensusEventKind, DischargeDestination, FacilityType, ResidentFactKind } from "../generated/prisma/enums.ts";

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

/** How the person's previous stay (anywhere) ended, when it ended in a discharge before this admission. */
export type PriorDischarge = { dischargeDestination: DischargeDestination | null } | null;

const hospitalSources: readonly AdmissionSource[] = ["HOSPITAL_INPATIENT", "HOSPITAL_EMERGENCY_OR_OBSERVATION", "PSYCHIATRIC_UNIT"];
const hospitalDestinations: readonly (DischargeDestination | null)[] = ["HOSPITAL", "PSYCHIATRIC_HOSPITAL"];

/**
 * The facts a census event gives the Resident Review clocks. Only nursing facilities have
 * Resident Reviews (domain README, step 4; an ICF/IID keeps a census but no PASRR clocks).
 * - An admission from another NF is a transfer in (OH guide: the PAS follows the person; with
 *   no PASRR records the receiving NF owes a review, "NF Transfer, No Previous PASRR Records").
 * - An admission from a hospital that the person entered on discharge from a NF is a return: the
 *   PAS still holds (OH guide: people coming to the hospital from a NF need no hospital exemption
 *   to return, and a new PAS only after returning to the community) → `READMITTED_FROM_HOSPITAL`;
 *   from a psychiatric hospital or unit, `READMITTED_FROM_PSYCHIATRIC_HOSPITAL` (CT newsletters:
 *   the resident returns without a Level II and "the NF has 14 days to submit for the status
 *   change"; OH guide: the NF considers whether the psychiatric stay was a significant change).
 * - Any other admission starts the clocks of a time-limited exemption or categorical (OH guide).
 * - A transfer out opens the next stay at the receiving NF: a transfer in there, from here.
 * - A discharge or death ends the stay and with it its clocks.
 * Leaves, returns and payer changes keep the stay and touch no clock; corrections are not fed
 * (README, "Census feed").
 */
export function residentFactsOf(event: RecordedEventFacts, facilities: ReadonlyMap<string, FacilityFacts>, prior: PriorDischarge = null): ResidentFact[] {
  const at = facilities.get(event.facilityId);
  const isNf = (facility: FacilityFacts | undefined): facility is FacilityFacts => facility?.type === "NURSING_FACILITY";
  switch (event.kind) {
    case "ADMISSION":
      if (!isNf(at)) return [];
      if (event.admissionSource === "ANOTHER_NURSING_FACILITY") {
        return [{ fact: "TRANSFERRED_IN", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: event.fromFacilityId }];
      }
      if (event.admissionSource && hospitalSources.includes(event.admissionSource) && prior && hospitalDestinations.includes(prior.dischargeDestination)) {
        const psychiatric = event.admissionSource === "PSYCHIATRIC_UNIT" || prior.dischargeDestination === "PSYCHIATRIC_HOSPITAL";
        return [
          {
            fact: psychiatric ? "READMITTED_FROM_PSYCHIATRIC_HOSPITAL" : "READMITTED_FROM_HOSPITAL",
            facilityId: event.facilityId,
            facilityCounty: at.county,
            fromFacilityId: null,
          },
        ];
      }
      return [{ fact: "ADMITTED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }];
    case "TRANSFER_OUT": {
      const to = event.toFacilityId ? facilities.get(event.toFacilityId) : undefined;
      if (event.toFacilityId && isNf(to))
        return [{ fact: "TRANSFERRED_IN", facilityId: event.toFacilityId, facilityCounty: to.county, fromFacilityId: event.facilityId }];
      return isNf(at) ? [{ fact: "DISCHARGED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }] : [];
    }
    case "DISCHARGE":
    case "DEATH":
      return isNf(at) ? [{ fact: "DISCHARGED", facilityId: event.facilityId, facilityCounty: at.county, fromFacilityId: null }] : [];
    default:
      return [];
  }
}
