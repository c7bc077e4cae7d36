import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { screeningReaders } from "../level-one-screen/level-one-screen.resolver.ts";
import { Individual } from "./individual.stub.ts";

const newestFirst = (a: LevelOneScreen, b: LevelOneScreen) => b.screenedOn.getTime() - a.screenedOn.getTime() || (a.id < b.id ? 1 : -1);

@Resolver(() => Individual)
export class IndividualScreeningsResolver {
  @Authorized(...screeningReaders)
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOneScreen], { description: "The person's Level I screens, and those of records merged into them, newest first." })
  levelOneScreens(@Root() individual: Individual, @Ctx() ctx: Context) {
    return loadAcrossMerges(individual, ctx.loaders.levelOneScreensByIndividual, newestFirst);
  }
}
