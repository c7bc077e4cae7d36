import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/graphql-kit/loaders";
import type { Context } from "../context.ts";
import { Stay } from "../stay/stay.type.ts";
import { Individual } from "./individual.stub.ts";

const admittedDesc = (a: Stay, b: Stay) => b.admittedOn.getTime() - a.admittedOn.getTime() || (a.id < b.id ? 1 : -1);

/**
 * The person's stays and the stays of every record merged into them (individuals owns merges
 * and hands `mergedIds` over through `@requires`), in one batched statement, latest first.
 */
const staysOf = (individual: Individual, ctx: Context): Promise<Stay[]> => loadAcrossMerges(individual, ctx.loaders.staysByIndividual, admittedDesc);

@Resolver(() => Individual)
export class IndividualStaysResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [Stay], { description: "The person's stays at facilities that you may see (merged records included), latest admission first." })
  stays(@Root() individual: Individual, @Ctx() ctx: Context) {
    return staysOf(individual, ctx);
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => Stay, { nullable: true, description: "The person's open stay, when there is one that you may see." })
  async currentStay(@Root() individual: Individual, @Ctx() ctx: Context) {
    return (await staysOf(individual, ctx)).find((stay) => stay.dischargedOn === null) ?? null;
  }
}
