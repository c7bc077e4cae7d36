import { countyKey, facilityKey, scopeRule, type ScopeRules } from "@pasrr/subgraph-kit/access/scope-rules";
import { registeredFacilitiesOfToken } from "@pasrr/subgraph-kit/access/facility-registry";
import type { Context } from "../context.ts";
import { levelOfCareFacility } from "./person-facility.access.ts";

/**
 * The levelofcare service's scope rules (packages/subgraph-kit/src/access/scope-rules.ts). A
 * determination's and an assessment's county were copied from the facility registry when they
 * were written (person-facility.access.ts); a facility's own determinations are those naming one of its
 * registered facilities of its type.
 */

const inCounties = (ctx: Context, county: string | null) => county !== null && ctx.principal.counties.map(countyKey).includes(countyKey(county));
const ownFacility = async (ctx: Context, facilityId: string | null) =>
  facilityId !== null && (await registeredFacilitiesOfToken(ctx)).some((facility) => facilityKey(facility.id) === facilityKey(facilityId));

const byCounty = scopeRule<{ county: string }, Context>("the record's county: the registry's county of the facility it was written for", (row, ctx) =>
  inCounties(ctx, row.county),
);
const determinationAtOwnFacility = scopeRule<{ facilityId: string | null }, Context>(
  "the determination's facility: a registered facility of the token's type",
  (row, ctx) => ownFacility(ctx, row.facilityId),
);
/** A facility reads the assessments its own determinations rest on. */
const assessmentOfOwnDetermination = scopeRule<{ id: string }, Context>(
  "the determinations resting on the assessment: one names a registered facility of the token's type",
  async (row, ctx) => {
    const ids = (await registeredFacilitiesOfToken(ctx)).map((facility) => facility.id.toLowerCase());
    return (await ctx.db.levelOfCareDetermination.count({ where: { assessmentId: row.id, facilityId: { in: ids } } })) > 0;
  },
);
/** Coverage is computed from the stays facilities handed over under the caller's own token (`@requires`, refused unless the gateway vouches). */
const coverage = scopeRule<unknown, Context>(
  "the stays the facilities service handed over for the caller (only its own facilities' or counties' stays; days elsewhere read NOT_AT_FACILITY)",
  () => true,
);
const locWrite = scopeRule<{ input: { individualId: string; facilityId?: string | null } }, Context>(
  "the person's stay or Level I at a facility in the PAA's counties, by the registry (person-facility.access.ts)",
  async ({ input }, ctx) => (await levelOfCareFacility(ctx, input.individualId, input.facilityId)) !== null,
);
/** A preview is answered for the person and facility a submission would be recorded for: the same relation as the write. */
const previewOfOwnArea = scopeRule<{ individualId: string; facilityId: string }, Context>(
  "the person's stay or Level I at a facility in the PAA's counties, by the registry, as for submitting (person-facility.access.ts)",
  async (row, ctx) => (await levelOfCareFacility(ctx, row.individualId, row.facilityId)) !== null,
);

export const levelOfCareScopeRules: ScopeRules<Context> = {
  COUNTIES: {
    LevelOfCareDetermination: byCounty,
    LevelOfCareAssessment: byCounty,
    LevelOfCareCoverage: coverage,
    ClaimLineCoverage: coverage,
    "Mutation.submitLevelOfCareAssessment": locWrite,
    LevelOfCareAssessmentPreview: previewOfOwnArea,
    "Mutation.determineLevelOfCare": locWrite,
  },
  OWN_FACILITIES: {
    LevelOfCareDetermination: determinationAtOwnFacility,
    LevelOfCareAssessment: assessmentOfOwnDetermination,
    LevelOfCareCoverage: coverage,
    ClaimLineCoverage: coverage,
    CoverageExplanation: coverage,
  },
};
