import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { identityConfig } from "../config.ts";
import { Individual } from "../individual/individual.type.ts";
import { ssnAsSeenBy } from "../policy/access.rules.ts";
import { checkIdentifier, identifierKey } from "./identifier.rules.ts";
import type { IdentifierType } from "../generated/prisma/enums.ts";
import { Identifier, IdentifierInput } from "./identifier.type.ts";

/** The payment system checks a batch of up to 10,000 claim lines in one request (levelofcare issue, item 5). */
export const maxLookupBatch = 10_000;

@Resolver(() => Identifier)
export class IdentifierResolver {
  @Query(() => [Individual], {
    nullable: "items",
    description:
      "One result per identifier, in order: the person who holds it, or null where none does (or the value cannot be an identifier of its type). " +
      "Any partner may look a person up by an identifier it holds; the whole batch (up to 10,000) costs one database statement.",
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
    // One `value IN (…)` per kind and issuer: a batch is mostly one kind from one state (the payment
    // system's Medicaid IDs), and PostgreSQL plans 10,000 OR-ed triples far worse than one IN list.
    const byIssuer = new Map<string, { type: IdentifierType; issuer: string; values: string[] }>();
    for (const { type, issuer, value } of wanted) {
      const key = `${type}|${issuer}`;
      const group = byIssuer.get(key) ?? byIssuer.set(key, { type, issuer, values: [] }).get(key)!;
      group.values.push(value);
    }
    const rows = await ctx.db.identifier.findMany({
      where: { OR: [...byIssuer.values()].map(({ type, issuer, values }) => ({ type, issuer, value: { in: values } })) },
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
