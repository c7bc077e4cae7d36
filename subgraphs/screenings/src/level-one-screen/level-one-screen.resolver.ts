import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { canReadReferral, canReadScreen } from "../access/record-scope.access.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelTwoReferral } from "../level-two-referral/level-two-referral.type.ts";
import { LevelOneScreen, OutcomeExplanation } from "./level-one-screen.type.ts";
import { SubmitLevelOneScreenInput } from "./level-one-screen.input.ts";
import { DevelopmentalDisabilityIndications, MentalIllnessIndications, readIndications } from "./indications.type.ts";
import { SubmitLevelOneScreenPayload } from "./level-one-screen.payload.ts";
import { submitLevelOneScreen } from "./submit-screen.action.ts";

@Resolver(() => LevelOneScreen)
export class LevelOneScreenResolver {
  @Query(() => LevelOneScreen, { nullable: true, description: "One Level I screen by id; null when there is none or it is outside the caller's authority." })
  async levelOneScreen(@Arg("id", () => ID, { description: "The hub's id of the screen." }) id: string, @Ctx() ctx: Context) {
    const screen = await ctx.loaders.levelOneScreen.load(recordIdArgument("id", id));
    return screen && canReadScreen(ctx.principal, screen) ? screen : null;
  }

  @Mutation(() => SubmitLevelOneScreenPayload, {
    description:
      "Files a Level I screen. The outcome is decided by the state's policy and stored with its explanation; a LEVEL_II_REQUIRED outcome creates the Level II referrals (MH, DD or both), each with its due date.",
  })
  async submitLevelOneScreen(
    @Arg("input", () => SubmitLevelOneScreenInput, { description: "The screen as filed." }) input: SubmitLevelOneScreenInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitLevelOneScreenPayload> {
    return { levelOneScreen: await submitLevelOneScreen(input, ctx) };
  }

  @FieldResolver(() => Individual, { description: "The person screened." })
  individual(@Root() screen: LevelOneScreen): Individual {
    return { id: screen.individualId };
  }

  @FieldResolver(() => OutcomeExplanation, { description: "Which rule decided the outcome, citing its source." })
  explanation(@Root() screen: LevelOneScreen): OutcomeExplanation {
    return { rule: screen.outcomeRule, source: screen.outcomeSource, explanation: screen.outcomeExplanation, policyState: screen.policyState };
  }

  @FieldResolver(() => [LevelTwoReferral], {
    description:
      "The Level II referrals this screen created (one per authority, and one for each final determination after a provisional one), those the caller may see.",
  })
  async referrals(@Root() screen: LevelOneScreen, @Ctx() ctx: Context) {
    return (await ctx.loaders.referralsByScreen.load(screen.id)).filter((referral) => canReadReferral(ctx.principal, referral));
  }

  @FieldResolver(() => MentalIllnessIndications, {
    nullable: true,
    description: "The indications of SMI recorded; null on screens filed before they were recorded.",
  })
  mentalIllness(@Root() screen: LevelOneScreen) {
    return readIndications(screen.indications)?.mentalIllness ?? null;
  }

  @FieldResolver(() => DevelopmentalDisabilityIndications, {
    nullable: true,
    description: "The indications of ID/DD recorded; null on screens filed before they were recorded.",
  })
  developmentalDisability(@Root() screen: LevelOneScreen) {
    return readIndications(screen.indications)?.developmentalDisability ?? null;
  }
}
