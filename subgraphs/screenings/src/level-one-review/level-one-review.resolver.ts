import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { ReviewLevelOneScreenInput } from "./level-one-review.input.ts";
import { ReviewLevelOneScreenPayload } from "./level-one-review.payload.ts";
import { reviewLevelOneScreen } from "./review-screen.action.ts";
import { LevelOneScreenToReviewConnection } from "./level-one-review.type.ts";
import { screensToReview } from "./review-worklist.store.ts";

@Resolver(() => LevelOneScreen)
export class LevelOneReviewResolver {
  @Mutation(() => ReviewLevelOneScreenPayload, {
    description:
      "A PAA reviews a Level I filed for a facility in its counties: confirms it (its review results make the screen a PAS, OH guide) or returns it as incomplete with findings (IL manual, IV.3). " +
      "A confirmed screen's review is final (CONFLICT); a screen outside the PAA's counties is NOT_FOUND, exactly as a screen that does not exist.",
  })
  async reviewLevelOneScreen(
    @Arg("input", () => ReviewLevelOneScreenInput, { description: "The review." }) input: ReviewLevelOneScreenInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewLevelOneScreenPayload> {
    return { levelOneScreen: await reviewLevelOneScreen(input, ctx) };
  }

  @Query(() => LevelOneScreenToReviewConnection, {
    description:
      "The Level I screens awaiting the caller's review, oldest first: not yet reviewed, or returned incomplete and not yet confirmed (IL manual, IV.3). " +
      "Scoped as reviewLevelOneScreen: a PAA sees the screens filed for facilities in its counties, the state all. The sources set no deadline for the review itself, so a screen has no due date here.",
  })
  levelOneScreensToReview(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many screens to return (1–100)." }) first = 20,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return screensToReview(ctx, first, after);
  }
}
