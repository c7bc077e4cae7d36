import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelTwoReferral } from "../level-two-referral/level-two-referral.type.ts";
import { PasrrNotice } from "../notice/notice.type.ts";
import { Appeal } from "../appeal/appeal.type.ts";
import { mayReadNotice } from "../access/notice-scope.access.ts";
import { RecordLevelTwoDeterminationInput } from "./level-two-determination.input.ts";
import { LevelTwoDetermination } from "./level-two-determination.type.ts";
import { RecordLevelTwoDeterminationPayload } from "./level-two-determination.payload.ts";
import { recordLevelTwoDetermination } from "./record-determination.action.ts";

@Resolver(() => LevelTwoDetermination)
export class LevelTwoDeterminationResolver {
  @Mutation(() => RecordLevelTwoDeterminationPayload, {
    description:
      "Records the Level II determination of an open referral routed to the caller's authority, closes the referral and issues the notices. Determining a closed or another authority's referral is a CONFLICT.",
  })
  async recordLevelTwoDetermination(
    @Arg("input", () => RecordLevelTwoDeterminationInput, { description: "The determination." }) input: RecordLevelTwoDeterminationInput,
    @Ctx() ctx: Context,
  ): Promise<RecordLevelTwoDeterminationPayload> {
    return { levelTwoDetermination: await recordLevelTwoDetermination(input, ctx) };
  }

  @FieldResolver(() => Individual, { description: "The person evaluated." })
  individual(@Root() determination: LevelTwoDetermination): Individual {
    return { id: determination.individualId };
  }

  @FieldResolver(() => LevelTwoReferral, { description: "The referral this determination closed." })
  async referral(@Root() determination: LevelTwoDetermination, @Ctx() ctx: Context) {
    return ctx.loaders.levelTwoReferral.load(determination.referralId);
  }

  @FieldResolver(() => [PasrrNotice], {
    description: "The notices issued for this determination (at most one per recipient), those the caller may read: a facility only those addressed to it.",
  })
  async notices(@Root() determination: LevelTwoDetermination, @Ctx() ctx: Context) {
    const notices = await ctx.loaders.noticesByDetermination.load(determination.id);
    const readable = await Promise.all(notices.map((notice) => mayReadNotice(ctx, notice)));
    return notices.filter((_, i) => readable[i]);
  }

  @FieldResolver(() => LevelTwoReferral, {
    nullable: true,
    description: "For a PROVISIONAL determination: the referral for its final determination, due when the provisional approval ends (MN Level II form B.4).",
  })
  followUpReferral(@Root() determination: LevelTwoDetermination, @Ctx() ctx: Context) {
    return ctx.loaders.referralFollowingDetermination.load(determination.id);
  }

  @FieldResolver(() => [Appeal], { description: "Appeals of this determination, oldest first." })
  appeals(@Root() determination: LevelTwoDetermination, @Ctx() ctx: Context) {
    return ctx.loaders.appealsByDetermination.load(determination.id);
  }
}
