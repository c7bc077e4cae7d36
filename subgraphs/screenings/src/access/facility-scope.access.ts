import { countyKey, facilityKey } from "@pasrr/subgraph-kit/access/scope-rules";
import { registeredFacilitiesOfToken } from "@pasrr/subgraph-kit/access/facility-registry";
import type { Context } from "../context.ts";

/** The facility facts a screenings record carries: the facility it names and that facility's county, copied from the registry when it was written. */
export interface FacilityFacts {
  facilityId: string | null;
  facilityCounty: string | null;
}

/**
 * Whether a record's facility lies in the caller's scope (domain README, "Who acts"): a PAA's
 * counties (OH COA guide: a PAA sees only submissions for NFs in its area); a hospital's or NF's
 * own facilities, only as far as the registry holds them with the token's type (one owner call
 * per request), so a token naming someone else's facility reaches nothing of it.
 */
export async function coversFacility(ctx: Context, record: FacilityFacts): Promise<boolean> {
  const { principal } = ctx;
  switch (principal.role) {
    case "STATE_MEDICAID_AGENCY":
      return true;
    case "PAA":
      return record.facilityCounty !== null && principal.counties.map(countyKey).includes(countyKey(record.facilityCounty));
    case "HOSPITAL":
    case "NURSING_FACILITY": {
      if (record.facilityId === null || !principal.facilityIds.map(facilityKey).includes(facilityKey(record.facilityId))) return false;
      return (await registeredFacilitiesOfToken(ctx)).some((facility) => facilityKey(facility.id) === facilityKey(record.facilityId!));
    }
    default:
      return false;
  }
}
