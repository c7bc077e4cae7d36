import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { ReviewLevelOneScreenInput } from "./level-one-review.input.ts";
import { ReviewLevelOneScreenPayload } from "./level-one-review.payload.ts";
import { reviewLevelOneScreen } from "./review-screen.action.ts";

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
}
