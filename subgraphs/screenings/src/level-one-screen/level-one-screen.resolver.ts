import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument, type Role } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { LevelOneScreen } from "./level-one-screen.type.ts";

/** Screens are clinical records: the payment system sees no clinical content (domain README, "Who acts"). */
export const screeningReaders: Role[] = ["STATE_MEDICAID_AGENCY", "PAA", "MH_AUTHORITY", "DD_AUTHORITY", "NURSING_FACILITY", "HOSPITAL"];

@Resolver(() => LevelOneScreen)
export class LevelOneScreenResolver {
  @Authorized(...screeningReaders)
  @Query(() => LevelOneScreen, { nullable: true, description: "One Level I screen by id; null when there is none." })
  levelOneScreen(@Arg("id", () => ID, { description: "The hub's id of the screen." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.levelOneScreen.load(recordIdArgument("id", id));
  }

  @FieldResolver(() => Individual, { description: "The person screened." })
  individual(@Root() screen: LevelOneScreen): Individual {
    return { id: screen.individualId };
  }
}
