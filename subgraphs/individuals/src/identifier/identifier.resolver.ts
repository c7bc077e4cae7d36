import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { identityConfig } from "../config.ts";
import { Individual } from "../individual/individual.type.ts";
import { ssnAsSeenBy } from "../policy/access.rules.ts";
import { checkIdentifier, identifierKey } from "./identifier.rules.ts";
import { Identifier, IdentifierInput } from "./identifier.type.ts";

export const maxLookupBatch = 500;

@Resolver(() => Identifier)
export class IdentifierResolver {
  @Query(() => [Individual], {
    nullable: "items",
    description:
      "One result per identifier, in order: the person who holds it, or null where none does (or the value cannot be an identifier of its type). " +
      "Any partner may look a person up by an identifier it holds; the whole batch (up to 500) costs one database statement.",
  })
  async individualsByIdentifiers(@Arg("identifiers", () => [IdentifierInput], { description: "Identifiers the partner holds." }) identifiers: IdentifierInput[], @Ctx() ctx: Context) {
    if (identifiers.length > maxLookupBatch) throw badUserInput("identifiers", `at most ${maxLookupBatch} identifiers per request`);
    const rules = identityConfig().identifierRules;
    const checked = identifiers.map((claim, index) => {
      const result = checkIdentifier(claim, rules);
      if ("identifier" in result) return result.identifier;
      if (result.field === "issuer") throw badUserInput(`identifiers.${index}.issuer`, result.problem);
      return null; // a malformed value names nobody
    });
    const wanted = checked.filter((id) => id !== null);
    if (wanted.length === 0) return checked.map(() => null);
    const rows = await ctx.db.identifier.findMany({
      where: { OR: wanted.map(({ type, issuer, value }) => ({ type, issuer, value })) },
      include: { individual: true },
      relationLoadStrategy: "join",
    });
    const owners = new Map(rows.map((row) => [identifierKey(row), row.individual]));
    return checked.map((id) => (id ? (owners.get(identifierKey(id)) ?? null) : null));
  }

  @FieldResolver(() => String)
  value(@Root() identifier: Identifier, @Ctx() ctx: Context): string {
    return identifier.type === "SSN" ? ssnAsSeenBy(ctx.principal, identifier.value) : identifier.value;
  }
}

@Resolver(() => Individual)
export class IndividualIdentifiersResolver {
  @FieldResolver(() => [Identifier], { description: "The person's identifiers (including those of records merged into it)." })
  identifiers(@Root() individual: Individual, @Ctx() ctx: Context) {
    return ctx.loaders.identifiersByIndividual.load(individual.id);
  }
}
