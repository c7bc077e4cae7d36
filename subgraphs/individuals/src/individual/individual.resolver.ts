import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { IdentityEvent } from "../history/identity-event.type.ts";
import { Individual, IndividualConnection } from "./individual.type.ts";
import { loadIndividual } from "./individual.reference.ts";
import { activePeoplePage } from "./individual.store.ts";
import { PersonName } from "./person-name.type.ts";

@Resolver(() => Individual)
export class IndividualResolver {
  @Query(() => Individual, {
    nullable: true,
    description: "One person by the hub's id (a merged record's id yields the survivor); null when no such person exists.",
  })
  async individual(@Arg("id", () => ID, { description: "The hub's id of the person." }) id: string, @Ctx() ctx: Context) {
    return loadIndividual(ctx, recordIdArgument("id", id));
  }

  @Query(() => IndividualConnection, { description: "People on record (merged records left out), oldest first, a page at a time." })
  async individuals(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many people to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const page = pageRequest(first, after);
    return toConnection(await activePeoplePage(ctx.db, page), page, (row) => row.id);
  }

  @FieldResolver(() => [ID], {
    description:
      "Ids of duplicate records merged into this person (reached through a merged record's id: the person's other ids, the survivor's included). " +
      "Other subgraphs read it (through `@requires`) to include those records' screenings, determinations and stays.",
  })
  async mergedIds(@Root() individual: Individual & { referencedAs?: string }, @Ctx() ctx: Context): Promise<string[]> {
    const merged = (await ctx.loaders.mergedIdsBySurvivor.load(individual.id)).map((row) => row.id);
    const asked = individual.referencedAs;
    return asked ? [individual.id, ...merged.filter((id) => id !== asked)] : merged;
  }

  @FieldResolver(() => [PersonName], { description: "Previous and alternate names the person is known by." })
  otherNames(@Root() individual: Individual, @Ctx() ctx: Context) {
    return ctx.loaders.namesByIndividual.load(individual.id);
  }

  @FieldResolver(() => [IdentityEvent], {
    description: "Every change to this person's identity record, and to the records merged into it, oldest first: who, when, why, before and after.",
  })
  async history(@Root() individual: Individual, @Ctx() ctx: Context) {
    const ids = [individual.id, ...(await this.mergedIds(individual, ctx))];
    const lists = await Promise.all(ids.map((id) => ctx.loaders.historyByIndividual.load(id)));
    const events = new Map(lists.flat().map(({ event }) => [event.id, event]));
    return [...events.values()].sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0));
  }
}
