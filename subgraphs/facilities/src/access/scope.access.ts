import { countyKey, facilityKey, scopeRule, type ScopeRules } from "@pasrr/subgraph-kit/access/scope-rules";
import { facilityTypesOfRole } from "@pasrr/subgraph-kit/access/facility-registry";
import { forbidden } from "@pasrr/graphql-kit/errors";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";

/**
 * The facilities service's scope rules (packages/subgraph-kit/src/access/scope-rules.ts). This service
 * owns the registry, so it reads a facility's county and type from its own table (through the
 * request's facility loader) rather than asking anyone.
 */

/** Whether the caller acts for a facility, by the registry: a PAA in its counties; a NF or hospital for its own facility of its type. */
async function actsForFacility(ctx: Context, facilityId: string | null): Promise<boolean> {
  if (!facilityId || !isRecordId(facilityId)) return false;
  const { principal } = ctx;
  if (principal.role !== "PAA" && !principal.facilityIds.map(facilityKey).includes(facilityKey(facilityId))) return false;
  const facility = await ctx.loaders.facility.load(facilityKey(facilityId));
  if (!facility) return false;
  if (principal.role === "PAA") return principal.counties.map(countyKey).includes(countyKey(facility.county));
  return facilityTypesOfRole[principal.role]?.includes(facility.type) ?? false;
}

interface StayFacts {
  facilityId: string;
  admittedFromFacilityId: string | null;
}

const atFacility = scopeRule<StayFacts, Context>(
  "the stay's facility in the registry (its county for a PAA; a registered NF of the token for a nursing facility)",
  (stay, ctx) => actsForFacility(ctx, stay.facilityId),
);
/** A hospital reads the stays of the patients it discharged (domain README, "Who acts"). */
const admittedFromHospital = scopeRule<StayFacts, Context>("the hospital the stay was admitted from: a registered hospital of the token", (stay, ctx) =>
  actsForFacility(ctx, stay.admittedFromFacilityId),
);
/**
 * A facility's census. The facility is public registry data, so asking for one outside the scope
 * is refused with FORBIDDEN rather than answered as empty (census.access.ts): that tells nothing
 * the registry does not, and a partner is not misled into reading an empty census as a real one.
 */
const facilityCensus = scopeRule<{ id: string }, Context>(
  "the facility itself, by the registry (its county for a PAA; a registered NF of the token for a nursing facility)",
  async (facility, ctx) => {
    if (await actsForFacility(ctx, facility.id)) return true;
    throw forbidden("this facility's census is outside this organisation's facilities or counties");
  },
);
/**
 * CT PathTracker: a NF enters its own census. The facility must be one its token names; the
 * recorder then checks the registry (census-facility.store.ts) and answers an unregistered
 * facility, or one that keeps no census (a hospital), with BAD_USER_INPUT naming the rule — the
 * registry is public, so saying so leaks nothing.
 */
const ownCensus = scopeRule<{ input: { facilityId: string } }, Context>(
  "the facility named: one of the token's, then checked against the registry (registered, keeps a census)",
  ({ input }, ctx) => {
    if (typeof input.facilityId === "string" && ctx.principal.facilityIds.map(facilityKey).includes(facilityKey(input.facilityId))) return true;
    // The registry is public: refusing a write for a facility not the caller's tells nothing (census.access.ts).
    throw forbidden("a nursing facility records census events for its own facilities only");
  },
);
/** A census event: at a facility the caller acts for. */
const eventAtFacility = scopeRule<{ facilityId: string }, Context>(
  "the event's facility in the registry (its county for a PAA; a registered NF of the token for a nursing facility)",
  (event, ctx) => actsForFacility(ctx, event.facilityId),
);
/** A hospital reads the events of the stays admitted from it. */
const eventOfDischargedPatient = scopeRule<{ id: string }, Context>(
  "the stay the event belongs to: admitted from a registered hospital of the token",
  async (event, ctx) => {
    const stays = await ctx.db.stay.findMany({ where: { eventIds: { has: event.id } }, select: { facilityId: true, admittedFromFacilityId: true } });
    const covered = await Promise.all(stays.map((stay) => actsForFacility(ctx, stay.admittedFromFacilityId)));
    return covered.some(Boolean);
  },
);

/** The claim batch: each person's stays are kept or left out by the `Stay` rule, as `Individual.stays` keeps them (claim-batch.resolver.ts). */
const claimBatch = scopeRule<unknown, Context>("each stay of the batch, as for `Individual.stays` (applied stay by stay in the resolver)", () => true);

export const facilitiesScopeRules: ScopeRules<Context> = {
  COUNTIES: { ClaimBatchCoverage: claimBatch, Stay: atFacility, Facility: facilityCensus, CensusEvent: eventAtFacility },
  OWN_FACILITIES: {
    ClaimBatchCoverage: claimBatch,
    Stay: atFacility,
    Facility: facilityCensus,
    CensusEvent: eventAtFacility,
    "Mutation.recordCensusEvent": ownCensus,
  },
  OWN_SUBMISSIONS: { ClaimBatchCoverage: claimBatch, Stay: admittedFromHospital, CensusEvent: eventOfDischargedPatient },
};
