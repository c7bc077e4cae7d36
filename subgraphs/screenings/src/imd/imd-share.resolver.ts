import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { forbidden, hubError } from "@pasrr/graphql-kit/errors";
import type { Context } from "../context.ts";
import { imdMeasureRefusal, imdShareOf, reaches, type ImdStatus } from "./imd-share.rules.ts";
import { FacilityImdShare, ImdShare, ImdStatusValue } from "./imd-share.type.ts";
import { Facility } from "./facility.stub.ts";
import { ImdReview } from "./imd-review.stub.ts";

/**
 * MINIMAL, added by issue 4. The router hands over the residents (facilities owns who lives
 * where); the findings are screenings' own. The residents arrive from the caller, so the share
 * is answered only to roles that read Level II findings anyway: the state agency, and a PAA for
 * facilities in its counties.
 */
async function shareOf(facility: Facility, ctx: Context): Promise<ImdShare> {
  const refusal = imdMeasureRefusal(ctx.services.policy);
  if (refusal) throw hubError("CONFLICT", refusal, { rule: "IL-IMD-DEFINITION" });
  const residents = facility.currentResidentIds ?? [];
  const findings = await Promise.all(residents.map((id) => ctx.loaders.hasPrimarySeriousMentalIllness.load(id)));
  const withSmi = new Set(residents.filter((_, index) => findings[index]?.finding === true));
  return imdShareOf(residents, withSmi) as ImdShare;
}

@Resolver(() => Facility)
export class FacilityImdShareResolver {
  @Directive('@requires(fields: "county currentResidentIds")')
  @FieldResolver(() => ImdShare, {
    nullable: true,
    description: "The share of current residents with a primary serious mental illness found by Level II, against the CO IMD thresholds.",
  })
  imdShare(@Root() facility: Facility, @Ctx() ctx: Context) {
    const { role, counties } = ctx.principal;
    if (role === "PAA" && !counties.includes(facility.county ?? "")) throw forbidden("a PAA reads the IMD share of facilities in its counties only");
    return shareOf(facility, ctx);
  }
}

@Resolver(() => ImdReview)
export class ImdReviewResolver {
  @Directive('@requires(fields: "nursingFacilities { id county currentResidentIds }")')
  @FieldResolver(() => [FacilityImdShare], { description: "The facilities whose share reaches the threshold, highest share first." })
  async facilitiesOverThreshold(
    @Root() review: ImdReview,
    @Ctx() ctx: Context,
    @Arg("threshold", () => ImdStatusValue, { defaultValue: ImdStatusValue.NOTICE, description: "NOTICE (above 40 %) or AT_RISK (above 50 %)." })
    threshold: ImdStatusValue,
  ): Promise<FacilityImdShare[]> {
    const shares = await Promise.all(
      (review.nursingFacilities ?? []).map(async (facility) => ({ facility: { id: facility.id }, imdShare: await shareOf(facility, ctx) })),
    );
    return shares.filter((entry) => reaches(entry.imdShare.status as ImdStatus, threshold as ImdStatus)).sort((a, b) => b.imdShare.share - a.imdShare.share);
  }
}
