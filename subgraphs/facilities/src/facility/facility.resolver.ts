import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from "type-graphql";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { FacilityFilter, RegisterFacilityInput } from "./facility.input.ts";
import { RegisterFacilityPayload } from "./facility.payload.ts";
import { resolveFacility } from "./facility.reference.ts";
import { registerFacility } from "./register-facility.action.ts";
import { Facility, FacilityConnection } from "./facility.type.ts";

const whereOf = (filter: FacilityFilter | null | undefined): Prisma.FacilityWhereInput => ({
  ...(filter?.county ? { county: filter.county.trim() } : {}),
  ...(filter?.region ? { region: filter.region.trim() } : {}),
  ...(filter?.state ? { state: filter.state.trim().toUpperCase() } : {}),
  ...(filter?.type ? { type: filter.type } : {}),
  ...(typeof filter?.medicaidCertified === "boolean" ? { medicaidCertified: filter.medicaidCertified } : {}),
});

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => Facility, { nullable: true, description: "One facility by the hub's id; null when there is none." })
  facility(@Arg("id", () => ID, { description: "The hub's id of the facility." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveFacility(recordIdArgument("id", id), ctx, info);
  }

  @Query(() => Facility, { nullable: true, description: "One facility by its Medicaid provider number; null when there is none." })
  facilityByProviderNumber(@Arg("providerNumber", () => String, { description: "The Medicaid provider number." }) providerNumber: string, @Ctx() ctx: Context) {
    return ctx.loaders.facilityByProviderNumber.load(providerNumber.trim().toUpperCase());
  }

  @Query(() => FacilityConnection, { description: "Facilities in the registry, in id order, a page at a time." })
  async facilities(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many facilities to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
    @Arg("filter", () => FacilityFilter, { nullable: true, description: "Only facilities that match." }) filter?: FacilityFilter | null,
  ) {
    const page = pageRequest(first, after);
    const rows = await ctx.db.facility.findMany({
      where: { ...whereOf(filter), ...(page.afterKey ? { id: { gt: page.afterKey } } : {}) },
      orderBy: { id: "asc" },
      take: page.first + 1,
    });
    return toConnection(rows, page, (row) => row.id);
  }

  @Mutation(() => RegisterFacilityPayload, { description: "Adds a facility to the registry (state Medicaid agency only)." })
  async registerFacility(
    @Arg("input", () => RegisterFacilityInput, { description: "The facility." }) input: RegisterFacilityInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterFacilityPayload> {
    return { facility: await registerFacility(ctx.db, input) };
  }
}
