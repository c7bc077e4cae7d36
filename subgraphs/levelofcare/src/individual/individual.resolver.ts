import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { Individual } from "./individual.stub.ts";

@Resolver(() => Individual)
export class IndividualLevelOfCareResolver {
  @FieldResolver(() => [LevelOfCareDetermination], { description: "The person's Level of Care determinations, latest effective date first." })
  levelOfCareDeterminations(@Root() individual: Individual, @Ctx() ctx: Context) {
    return ctx.loaders.determinationsByIndividual.load(individual.id);
  }
}
