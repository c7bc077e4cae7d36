import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { Stay } from "../stay/stay.type.ts";
import { Individual } from "./individual.stub.ts";

@Resolver(() => Individual)
export class IndividualStaysResolver {
  @FieldResolver(() => [Stay], { description: "The person's stays at facilities, latest admission first." })
  stays(@Root() individual: Individual, @Ctx() ctx: Context) {
    return ctx.loaders.staysByIndividual.load(individual.id);
  }
}
