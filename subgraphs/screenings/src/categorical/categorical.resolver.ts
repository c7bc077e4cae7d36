import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { categoricalWorklist } from "./categorical-worklist.store.ts";
import { DecideCategoricalInput } from "./categorical.input.ts";
import { DecideCategoricalPayload } from "./categorical.payload.ts";
import { CategoricalDecision, CategoricalRequestConnection } from "./categorical.type.ts";
import { decideCategorical } from "./decide-categorical.action.ts";

@Resolver(() => LevelOneScreen)
export class CategoricalResolver {
  @Mutation(() => DecideCategoricalPayload, {
    description:
      "The deciding authority grants or denies the categorical a Level I asked for (CO 8.401.192: the Utilization Review Contractor, acting as the PAA; MN: the LMHA; OH: OhioMHAS and/or DODD; the state's policy names it for the screen's indications). " +
      "A grant makes the outcome CATEGORICAL, valid from the decision for the categorical's time limit (with two authorities, from the second grant); a denial makes it LEVEL_II_REQUIRED and opens the referrals. " +
      "A role the policy does not name is FORBIDDEN naming the rule; a request already decided (or decided by this role) is a CONFLICT naming the rule; a screen outside the caller's scope is NOT_FOUND.",
  })
  async decideCategorical(
    @Arg("input", () => DecideCategoricalInput, { description: "The decision." }) input: DecideCategoricalInput,
    @Ctx() ctx: Context,
  ): Promise<DecideCategoricalPayload> {
    return decideCategorical(input, ctx);
  }

  @Query(() => CategoricalRequestConnection, {
    description:
      "The caller's pending categorical requests, soonest due first: Level I screens asking for a categorical that the state's policy has the caller decide and it has not decided yet (a PAA's in its counties).",
  })
  categoricalRequests(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many screens to return (1–100)." }) first = 20,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return categoricalWorklist(ctx, first, after);
  }

  @FieldResolver(() => [CategoricalDecision], {
    description: "The deciding authorities' decisions on the categorical this screen asked for, oldest first; empty while none has decided.",
  })
  categoricalDecisions(@Root() screen: LevelOneScreen, @Ctx() ctx: Context) {
    return ctx.loaders.categoricalDecisionsByScreen.load(screen.id);
  }
}
