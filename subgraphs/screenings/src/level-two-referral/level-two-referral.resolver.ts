import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { canReadReferral, canReadScreen } from "../access/record-scope.access.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { LevelTwoDetermination } from "../level-two-determination/level-two-determination.type.ts";
import { LevelTwoReferralFilter } from "./level-two-referral.input.ts";
import { LevelTwoReferral, LevelTwoReferralConnection } from "./level-two-referral.type.ts";
import { referralWorklist } from "./referral-worklist.store.ts";

@Resolver(() => LevelTwoReferral)
export class LevelTwoReferralResolver {
  @Query(() => LevelTwoReferralConnection, {
    description:
      "The Level II referral worklist, soonest due first. Each authority sees only its own referrals; PAAs, hospitals and NFs those of their counties or facilities.",
  })
  levelTwoReferrals(
    @Ctx() ctx: Context,
    @Arg("filter", () => LevelTwoReferralFilter, { nullable: true, description: "Conditions the referrals must meet." }) filter?: LevelTwoReferralFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many referrals to return (1–100)." }) first = 20,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return referralWorklist(ctx, filter, first, after);
  }

  @Query(() => LevelTwoReferral, { nullable: true, description: "One Level II referral by id; null when there is none or it is not the caller's." })
  async levelTwoReferral(@Arg("id", () => ID, { description: "The hub's id of the referral." }) id: string, @Ctx() ctx: Context) {
    const referral = await ctx.loaders.levelTwoReferral.load(recordIdArgument("id", id));
    return referral && canReadReferral(ctx.principal, referral) ? referral : null;
  }

  @FieldResolver(() => Individual, { description: "The person referred." })
  individual(@Root() referral: LevelTwoReferral): Individual {
    return { id: referral.individualId };
  }

  @FieldResolver(() => LevelOneScreen, { nullable: true, description: "The Level I screen that made the referral." })
  async screen(@Root() referral: LevelTwoReferral, @Ctx() ctx: Context) {
    const screen = await ctx.loaders.levelOneScreen.load(referral.screenId);
    return screen && canReadScreen(ctx.principal, screen) ? screen : null;
  }

  @FieldResolver(() => LevelTwoDetermination, { nullable: true, description: "The authority's determination; null while the referral is open." })
  determination(@Root() referral: LevelTwoReferral, @Ctx() ctx: Context) {
    return ctx.loaders.determinationByReferral.load(referral.id);
  }
}
