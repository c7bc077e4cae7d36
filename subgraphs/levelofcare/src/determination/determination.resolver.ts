import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.stub.ts";
import { Individual } from "../individual/individual.stub.ts";
import { DetermineLevelOfCareInput } from "./determination.input.ts";
import { DetermineLevelOfCarePayload } from "./determination.payload.ts";
import { LevelOfCareDetermination, LevelOfCareNotice } from "./determination.type.ts";
import { determineLevelOfCare } from "./determine-level-of-care.action.ts";

@Resolver(() => LevelOfCareDetermination)
export class LevelOfCareDeterminationResolver {
  @Query(() => LevelOfCareDetermination, {
    nullable: true,
    description: "One Level of Care determination by id; null when there is none or it is outside the caller's scope (a PAA's counties, a facility's own).",
  })
  levelOfCareDetermination(@Arg("id", () => ID, { description: "The hub's id of the determination." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.determination.load(recordIdArgument("id", id));
  }

  @Mutation(() => DetermineLevelOfCarePayload, {
    description:
      "Decides Level of Care for a person. The effective date may not precede the date the PASRR requirements were met, read from screenings at write time.",
  })
  async determineLevelOfCare(
    @Arg("input", () => DetermineLevelOfCareInput, { description: "The determination." }) input: DetermineLevelOfCareInput,
    @Ctx() ctx: Context,
  ): Promise<DetermineLevelOfCarePayload> {
    return { determination: await determineLevelOfCare(ctx, input) };
  }

  @FieldResolver(() => Individual, { description: "The person the determination is for." })
  individual(@Root() determination: LevelOfCareDetermination): Individual {
    return { id: determination.individualId };
  }

  @FieldResolver(() => Facility, { nullable: true, description: "The facility the determination is for, when it names one." })
  facility(@Root() determination: LevelOfCareDetermination): Facility | null {
    return determination.facilityId ? { id: determination.facilityId } : null;
  }

  @FieldResolver(() => LevelOfCareDetermination, { nullable: true, description: "The earlier determination this one superseded." })
  supersedes(@Root() determination: LevelOfCareDetermination, @Ctx() ctx: Context) {
    return determination.supersedesId ? ctx.loaders.determination.load(determination.supersedesId) : null;
  }

  @FieldResolver(() => LevelOfCareDetermination, { nullable: true, description: "The newer determination that superseded this one; null while it stands." })
  supersededBy(@Root() determination: LevelOfCareDetermination, @Ctx() ctx: Context) {
    return ctx.loaders.successorOf.load(determination.id);
  }

  @FieldResolver(() => [LevelOfCareNotice], { description: "Notices issued for this determination (a denial's appeal rights)." })
  notices(@Root() determination: LevelOfCareDetermination, @Ctx() ctx: Context) {
    return ctx.loaders.noticesByDetermination.load(determination.id);
  }
}
