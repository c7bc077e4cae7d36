import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { screeningReaders } from "../level-one-screen/level-one-screen.resolver.ts";
import { Individual } from "./individual.stub.ts";

@Resolver(() => Individual)
export class IndividualScreeningsResolver {
  @Authorized(...screeningReaders)
  @FieldResolver(() => [LevelOneScreen], { description: "The person's Level I screens, newest first." })
  levelOneScreens(@Root() individual: Individual, @Ctx() ctx: Context) {
    return ctx.loaders.levelOneScreensByIndividual.load(individual.id);
  }
}
