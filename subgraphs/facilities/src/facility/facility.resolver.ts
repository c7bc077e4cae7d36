import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { pageRequest, recordIdArgument, toConnection } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Facility, FacilityConnection } from "./facility.type.ts";

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => Facility, { nullable: true, description: "One facility by the hub's id; null when there is none." })
  facility(@Arg("id", () => ID, { description: "The hub's id of the facility." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.facility.load(recordIdArgument("id", id));
  }

  @Query(() => Facility, { nullable: true, description: "One facility by its Medicaid provider number; null when there is none." })
  facilityByProviderNumber(@Arg("providerNumber", () => String, { description: "The Medicaid provider number." }) providerNumber: string, @Ctx() ctx: Context) {
    return ctx.loaders.facilityByProviderNumber.load(providerNumber.trim());
  }

  @Query(() => FacilityConnection, { description: "Facilities, a page at a time." })
  async facilities(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many facilities to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const page = pageRequest(first, after);
    const rows = await ctx.db.facility.findMany({
      where: page.afterKey ? { id: { gt: page.afterKey } } : {},
      orderBy: { id: "asc" },
      take: page.first + 1,
    });
    return toConnection(rows, page, (row) => row.id);
  }
}
