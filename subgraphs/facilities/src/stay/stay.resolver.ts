import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.type.ts";
import { Stay } from "./stay.type.ts";

@Resolver(() => Stay)
export class StayResolver {
  @FieldResolver(() => Facility, { description: "The facility of the stay." })
  async facility(@Root() stay: Stay, @Ctx() ctx: Context) {
    return ctx.loaders.facility.load(stay.facilityId);
  }
}
