import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Stay } from "../stay/stay.type.ts";
import { Individual } from "./individual.stub.ts";

const admittedDesc = (a: Stay, b: Stay) => b.admittedOn.getTime() - a.admittedOn.getTime() || (a.id < b.id ? 1 : -1);

@Resolver(() => Individual)
export class IndividualStaysResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [Stay], { description: "The person's stays at facilities, and those of records merged into them, latest admission first." })
  stays(@Root() individual: Individual, @Ctx() ctx: Context) {
    return loadAcrossMerges(individual, ctx.loaders.staysByIndividual, admittedDesc);
  }
}
