import { facilityActedFor, type RegisteredFacility } from "@pasrr/subgraph-kit/access/facility-registry";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import { relatedFacilities, screensOfPerson, staysOfPerson } from "@pasrr/subgraph-kit/access/person-relations";
import type { Context } from "../context.ts";

/**
 * The facility through which a PAA (or the state) assesses or determines a person's Level of
 * Care, from records the hub holds, never from a county typed in (finding: a Hamilton PAA recorded
 * a DENIED LOC for a Butler resident by typing "Hamilton"). OH COA guide, "Level of Care": the PAA
 * does LOC for facilities in its own area. The person must be related to a facility the caller
 * acts for: a stay there (facilities) or a Level I filed for it (screenings; pre-admission, the NF
 * applied to or the discharging hospital). When the request names a facility, it must be one the
 * caller acts for. The determination's county is that facility's county in the registry.
 * Null when there is no such facility (out of scope, answered as a missing record).
 */
export async function levelOfCareFacility(ctx: Context, individualId: unknown, facilityId?: string | null): Promise<RegisteredFacility | null> {
  if (!isRecordId(individualId)) return null;
  const [stays, screens] = await Promise.all([staysOfPerson(ctx, individualId), screensOfPerson(ctx, individualId)]);
  const related = await relatedFacilities(ctx, [...stays, ...screens]);
  if (facilityId) {
    const named = await facilityActedFor(ctx, facilityId);
    // The state may name any registered facility; a PAA one in its counties, for a person related to its area.
    return named && (ctx.principal.role === "STATE_MEDICAID_AGENCY" || related.length > 0) ? named : null;
  }
  return related[0] ?? null;
}
