import DataLoader from "dataloader";
import type { Role } from "@pasrr/auth/roles";
import type { RequestContext } from "../context.ts";
import { countyKey, facilityKey } from "./scope-rules.ts";

/** What the facility registry (the facilities service owns it) says about one facility. */
export interface RegisteredFacility {
  id: string;
  type: string;
  county: string;
}

/**
 * The facility types a token's facility ids may name (domain README, "Who acts"): a hospital's
 * discharge planners file for hospitals (a psychiatric hospital discharges to NFs too: IL manual,
 * "resident in a psychiatric hospital"), a nursing facility for certified NFs. A token naming a
 * facility of another type, or one the registry does not hold, acts for nothing.
 */
export const facilityTypesOfRole: Partial<Record<Role, readonly string[]>> = {
  HOSPITAL: ["HOSPITAL", "PSYCHIATRIC_HOSPITAL"],
  NURSING_FACILITY: ["NURSING_FACILITY"],
};

const facilitiesQuery = (count: number) =>
  `query RegisteredFacilities(${Array.from({ length: count }, (_, i) => `$f${i}: ID!`).join(", ")}) { ${Array.from({ length: count }, (_, i) => `f${i}: facility(id: $f${i}) { id type county }`).join(" ")} }`;

/** One loader per request: every registry fact a request needs is asked of the facilities service in one call. */
const loaders = new WeakMap<RequestContext, DataLoader<string, RegisteredFacility | null>>();

/** The registry's answer for each facility id (null for an id it does not hold), asked once per request. */
export function facilityRegistry(ctx: RequestContext): DataLoader<string, RegisteredFacility | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (ids: readonly string[]) => {
        const answer = await ctx.services.owners.query<Record<string, RegisteredFacility | null>>(
          "facilities",
          facilitiesQuery(ids.length),
          Object.fromEntries(ids.map((id, i) => [`f${i}`, id])),
        );
        return ids.map((_, i) => answer[`f${i}`] ?? null);
      },
      { cacheKeyFn: facilityKey, maxBatchSize: 100 },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The registered facility when the caller acts for it, else null (also for an id the registry
 * does not hold: the two answer alike). The state acts for every registered facility; a PAA for
 * those in its counties (OH COA guide: a PAA sees only submissions for NFs in its area); a
 * hospital or NF for the facilities its token names that the registry holds with its type.
 */
export async function facilityActedFor(ctx: RequestContext, facilityId: string | null | undefined): Promise<RegisteredFacility | null> {
  if (!facilityId || !uuid.test(facilityId.trim())) return null;
  const { principal } = ctx;
  if (principal.role !== "STATE_MEDICAID_AGENCY" && principal.role !== "PAA" && !principal.facilityIds.map(facilityKey).includes(facilityKey(facilityId)))
    return null;
  const facility = await facilityRegistry(ctx).load(facilityKey(facilityId));
  if (!facility) return null;
  switch (principal.role) {
    case "STATE_MEDICAID_AGENCY":
      return facility;
    case "PAA":
      return principal.counties.map(countyKey).includes(countyKey(facility.county)) ? facility : null;
    default:
      return facilityTypesOfRole[principal.role]?.includes(facility.type) ? facility : null;
  }
}

/** The facilities of the token the registry confirms with the role's type: what a hospital or NF acts for. */
export async function registeredFacilitiesOfToken(ctx: RequestContext): Promise<RegisteredFacility[]> {
  const found = await Promise.all(ctx.principal.facilityIds.map((id) => facilityActedFor(ctx, id)));
  return found.filter((facility): facility is RegisteredFacility => facility !== null);
}
