import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.stub.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelOfCareDetermination } from "./determination.type.ts";

@Resolver(() => LevelOfCareDetermination)
export class LevelOfCareDeterminationResolver {
  @Query(() => LevelOfCareDetermination, { nullable: true, description: "One Level of Care determination by id; null when there is none." })
  levelOfCareDetermination(@Arg("id", () => ID, { description: "The hub's id of the determination." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.determination.load(recordIdArgument("id", id));
  }

  @FieldResolver(() => Individual, { description: "The person the determination is for." })
  individual(@Root() determination: LevelOfCareDetermination): Individual {
    return { id: determination.individualId };
  }

  @FieldResolver(() => Facility, { nullable: true, description: "The facility the determination is for, when it names one." })
  facility(@Root() determination: LevelOfCareDetermination): Facility | null {
    return determination.facilityId ? { id: determination.facilityId } : null;
  }
}
