import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { Individual } from "./individual.stub.ts";

const latestFirst = (a: LevelOfCareDetermination, b: LevelOfCareDetermination) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || (a.id < b.id ? 1 : -1);

@Resolver(() => Individual)
export class IndividualLevelOfCareResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOfCareDetermination], { description: "The person's Level of Care determinations, and those of records merged into them, latest effective date first." })
  levelOfCareDeterminations(@Root() individual: Individual, @Ctx() ctx: Context) {
    return loadAcrossMerges(individual, ctx.loaders.determinationsByIndividual, latestFirst);
  }
}
