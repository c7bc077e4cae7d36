import { countyKey, scopeRule, type ScopeRule, type ScopeRules } from "@pasrr/subgraph-kit/access/scope-rules";
import { facilityActedFor } from "@pasrr/subgraph-kit/access/facility-registry";
import { forbidden } from "@pasrr/graphql-kit/errors";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import type { LevelOneScreen, LevelTwoReferral } from "../generated/prisma/client.ts";
import { authorityOfRole, type LevelTwoAuthority } from "../level-two-referral/level-two-referral.rules.ts";
import type { LevelTwoCategory } from "../outcome/outcome.rules.ts";
import { coversFacility, type FacilityFacts } from "./facility-scope.access.ts";
import { mayFileFor, mayReportFor } from "./write-scope.access.ts";
import { levelOneNoticeRule, levelTwoNoticeRule } from "./notice-scope.access.ts";

/**
 * The screenings service's scope rules (packages/platform/src/access/scope-rules.ts): for every
 * scoped cell of matrix.access.ts, how its record is decided to lie in the caller's scope. The
 * matrix guard applies them; the worklist queries keep the same scope in their WHERE clause.
 */

type Screen = Pick<LevelOneScreen, "facilityId" | "facilityCounty" | "submittingOrganisationId" | "levelTwoCategory">;
type Referral = Pick<LevelTwoReferral, "facilityId" | "facilityCounty" | "authority">;
/** What the PASRR standing is computed from, kept beside it (pasrr resolver) so its clinical fields can be scoped. */
export interface StandingRecords {
  scopeRecords: { screens: Screen[]; referrals: Referral[] };
}

const facilityFact = "the record's facility (the registry's county for a PAA; a registered facility of the token's type for a hospital or NF)";

/** A Level II authority reads screens whose indications were routed to it (MH for SMI, DD for ID/DD, both for dual). */
const routedTo = (authority: LevelTwoAuthority | null, category: LevelTwoCategory | null) =>
  authority !== null && (category === "DUAL" || (category === "MI" && authority === "MH") || (category === "DD" && authority === "DD"));

const screenRules = {
  byFacility: scopeRule<Screen, Context>(facilityFact, (screen, ctx) => coversFacility(ctx, screen)),
  bySubmission: scopeRule<Screen, Context>(
    "the screen's filer: the hospital's organisation filed it, or it names one of the hospital's registered facilities",
    async (screen, ctx) => screen.submittingOrganisationId === ctx.principal.organisationId || coversFacility(ctx, screen),
  ),
  byAssignment: scopeRule<Screen, Context>("the screen's Level II category: routed to the caller's authority", (screen, ctx) =>
    routedTo(authorityOfRole(ctx.principal), screen.levelTwoCategory as LevelTwoCategory | null),
  ),
};
const referralRules = {
  byFacility: scopeRule<Referral, Context>(facilityFact, (referral, ctx) => coversFacility(ctx, referral)),
  byAssignment: scopeRule<Referral, Context>("the referral's assigned authority", (referral, ctx) => authorityOfRole(ctx.principal) === referral.authority),
};

/** A record of the standing's person lies in scope: one of their screens or referrals. */
const standingRule = (screen: ScopeRule<Context>, referral: ScopeRule<Context>) =>
  scopeRule<StandingRecords, Context>(`the person's screens and referrals: one of them is in scope (${screen.decidedFrom})`, async ({ scopeRecords }, ctx) => {
    const checks = await Promise.all([
      ...scopeRecords.screens.map((row) => screen.covers(row as never, ctx)),
      ...scopeRecords.referrals.map((row) => referral.covers(row as never, ctx)),
    ]);
    return checks.some(Boolean);
  });

/** A determination is scoped by the referral it answers. */
const determinationRule = (referral: ScopeRule<Context>) =>
  scopeRule<{ referralId: string }, Context>(`the referral it answers: ${referral.decidedFrom}`, async (determination, ctx) => {
    const row = await ctx.loaders.levelTwoReferral.load(determination.referralId);
    return row !== null && (await referral.covers(row as never, ctx));
  });

/** A categorical decision is scoped by the screen whose request it decides. */
const decisionOfScreen = (screen: ScopeRule<Context>) =>
  scopeRule<{ screenId: string }, Context>(`the screen whose categorical it decides: ${screen.decidedFrom}`, async (decision, ctx) => {
    const row = await ctx.loaders.levelOneScreen.load(decision.screenId);
    return row !== null && (await screen.covers(row as never, ctx));
  });

/**
 * A write that names a screen, referral or determination by id: scoped as that record is, a
 * missing one like an out-of-scope one. Read straight, not through the request's loaders: the
 * write changes the record, and its payload must not be answered from a copy cached before it.
 */
const namedScreen = (rule: ScopeRule<Context>) =>
  scopeRule<{ input: { screenId: string } }, Context>(`the screen it names: ${rule.decidedFrom}`, async ({ input }, ctx) => {
    const row = isRecordId(input.screenId) ? await ctx.db.levelOneScreen.findUnique({ where: { id: input.screenId.toLowerCase() } }) : null;
    return row !== null && (await rule.covers(row as never, ctx));
  });
const namedReferral = (rule: ScopeRule<Context>) =>
  scopeRule<{ input: { referralId: string } }, Context>(`the referral it names: ${rule.decidedFrom}`, async ({ input }, ctx) => {
    const row = isRecordId(input.referralId) ? await ctx.db.levelTwoReferral.findUnique({ where: { id: input.referralId.toLowerCase() } }) : null;
    return row !== null && (await rule.covers(row as never, ctx));
  });
const namedDetermination = (rule: ScopeRule<Context>) =>
  scopeRule<{ input: { determinationId: string } }, Context>(`the determination it names, by its referral: ${rule.decidedFrom}`, async ({ input }, ctx) => {
    const row = isRecordId(input.determinationId)
      ? await ctx.db.levelTwoDetermination.findUnique({ where: { id: input.determinationId.toLowerCase() }, include: { referral: true } })
      : null;
    return row !== null && (await rule.covers(row.referral as never, ctx));
  });

const fileRule = scopeRule<{ input: Parameters<typeof mayFileFor>[1] }, Context>(
  "the filing facility as the registry holds it (type and county), and the filer's relation to the person (write-scope.access.ts)",
  ({ input }, ctx) => mayFileFor(ctx, input),
);
const reportRule = scopeRule<{ input: Parameters<typeof mayReportFor>[1] }, Context>(
  "the facility as the registry holds it (type and county), and the person's stay there (write-scope.access.ts)",
  ({ input }, ctx) => mayReportFor(ctx, input),
);
/**
 * The IMD share of a facility: by its county as the registry holds it, which reaches this field
 * only from the gateway (`@requires(fields: "county …")`; representation-guard.ts refuses an
 * unvouched representation carrying it). The facility is public registry data, so one outside
 * the PAA's counties is refused with FORBIDDEN, as a facility's census is (facilities).
 */
const imdRule = scopeRule<{ id: string; county?: string | null }, Context>(
  "the facility's county in the registry, as facilities hands it over through the gateway (@requires, vouched)",
  (facility, ctx) => {
    if (typeof facility.county === "string" && ctx.principal.counties.map(countyKey).includes(countyKey(facility.county))) return true;
    throw forbidden("a PAA reads the IMD share of facilities in its counties only");
  },
);

/**
 * A PASRR compliance period belongs to the NF admission it covers (compliance.rules.ts): a PAA
 * reads the periods of admissions to facilities in its counties, a NF those of its own registered
 * facilities. Days before any admission name no facility and stay with the state and the payment system.
 */
const periodRule = scopeRule<{ facilityId: string | null }, Context>(
  "the period's admission facility as the registry holds it (its county for a PAA; a registered facility of the token for a NF)",
  async (period, ctx) => (await facilityActedFor(ctx, period.facilityId)) !== null,
);

/** The claim batch: each person's periods are kept or left out by `periodRule`, as `Individual.pasrrCompliance` keeps them (claim-batch.resolver.ts). */
const claimBatchRule = scopeRule<unknown, Context>(
  "each compliance period of the batch, by its admission facility, as for `Individual.pasrrCompliance` (applied period by period in the resolver)",
  () => true,
);

const byFacility = (extra: Record<string, ScopeRule<Context>> = {}): Record<string, ScopeRule<Context>> => ({
  LevelOneScreen: screenRules.byFacility,
  LevelTwoReferral: referralRules.byFacility,
  ResidentReview: scopeRule<FacilityFacts, Context>(facilityFact, (review, ctx) => coversFacility(ctx, review)),
  LevelTwoDetermination: determinationRule(referralRules.byFacility),
  CategoricalDecision: decisionOfScreen(screenRules.byFacility),
  PasrrStanding: standingRule(screenRules.byFacility, referralRules.byFacility),
  PasrrCompliancePeriod: periodRule,
  ClaimBatchCoverage: claimBatchRule,
  "Mutation.submitLevelOneScreen": fileRule,
  "Mutation.fileAppeal": namedDetermination(referralRules.byFacility),
  // Notices (issue 17): a Level II notice by its addressee, a Level I notice by its screen.
  PasrrNotice: levelTwoNoticeRule,
  LevelOneNotice: levelOneNoticeRule(screenRules.byFacility),
  ...extra,
});

export const screeningsScopeRules: ScopeRules<Context> = {
  COUNTIES: byFacility({
    "Mutation.reportResidentEvent": reportRule,
    "Mutation.reviewLevelOneScreen": namedScreen(screenRules.byFacility),
    "Mutation.decideCategorical": namedScreen(screenRules.byFacility),
    Facility: imdRule,
  }),
  OWN_FACILITIES: byFacility({ "Mutation.reportResidentEvent": reportRule }),
  OWN_SUBMISSIONS: byFacility({
    LevelOneScreen: screenRules.bySubmission,
    CategoricalDecision: decisionOfScreen(screenRules.bySubmission),
    LevelOneNotice: levelOneNoticeRule(screenRules.bySubmission),
    PasrrStanding: standingRule(screenRules.bySubmission, referralRules.byFacility),
  }),
  ASSIGNED_REFERRALS: {
    LevelOneScreen: screenRules.byAssignment,
    LevelTwoReferral: referralRules.byAssignment,
    LevelTwoDetermination: determinationRule(referralRules.byAssignment),
    CategoricalDecision: decisionOfScreen(screenRules.byAssignment),
    PasrrStanding: standingRule(screenRules.byAssignment, referralRules.byAssignment),
    "Mutation.recordLevelTwoDetermination": namedReferral(referralRules.byAssignment),
    "Mutation.decideCategorical": namedScreen(screenRules.byAssignment),
    PasrrNotice: levelTwoNoticeRule,
    LevelOneNotice: levelOneNoticeRule(screenRules.byAssignment),
  },
};
