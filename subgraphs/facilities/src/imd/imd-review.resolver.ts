import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.type.ts";
import { ImdReview } from "./imd-review.type.ts";

@Resolver(() => ImdReview)
export class ImdReviewResolver {
  @Query(() => ImdReview, {
    description: "The state agency's IMD review of today's census; ask it for `facilitiesOverThreshold` (answered by screenings from Level II findings).",
  })
  imdReview(@Ctx() ctx: Context): ImdReview {
    return { asOf: ctx.services.clock.today() };
  }

  @FieldResolver(() => [Facility], { description: "The Medicaid-certified nursing facilities reviewed." })
  nursingFacilities(@Ctx() ctx: Context) {
    return ctx.db.facility.findMany({ where: { type: "NURSING_FACILITY", medicaidCertified: true }, orderBy: { id: "asc" } });
  }
}
