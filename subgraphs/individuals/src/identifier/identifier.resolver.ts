import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { badUserInput, forbidden } from "@pasrr/graphql-kit/errors";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.type.ts";
import { ssnAsSeenBy } from "../access/identifier.access.ts";
import { lookupRefusal, maxDistinctLookups } from "../access/identifier-lookup.access.ts";
import { checkIdentifier, identifierKey } from "./identifier.rules.ts";
import { holdersOf } from "./identifier.store.ts";
import { IdentifierInput } from "./identifier.input.ts";
import { Identifier } from "./identifier.type.ts";

/** The payment system checks a batch of up to 10,000 claim lines in one request (levelofcare issue, item 5). */
export const maxLookupBatch = 10_000;

@Resolver(() => Identifier)
export class IdentifierResolver {
  @Query(() => [Individual], {
    nullable: "items",
    description:
      "One result per identifier, in order: the person who holds it, or null where none does (or the value cannot be an identifier of its type). " +
      "A partner may look a person up by the identifier types its role uses (docs/access-matrix.md; the payment system: Medicaid IDs only); " +
      "another type is refused with FORBIDDEN naming it. Different identifiers per request are bounded by role (IDENTIFIER_LOOKUP_MAX_DISTINCT, " +
      "or IDENTIFIER_LOOKUP_MAX_DISTINCT_BATCH for the payment system and the state); every person found is audited. The whole batch costs one database statement.",
  })
  async individualsByIdentifiers(
    @Arg("identifiers", () => [IdentifierInput], { description: "Identifiers the partner holds." }) identifiers: IdentifierInput[],
    @Ctx() ctx: Context,
  ) {
    if (identifiers.length > maxLookupBatch) throw badUserInput("identifiers", `at most ${maxLookupBatch} identifiers per request`);
    const { identifierRules: rules, lookup } = ctx.services.identity;
    // Refused by type before any value is read, so a refused lookup says nothing of the values sent.
    identifiers.forEach((claim, index) => {
      const refusal = lookupRefusal(ctx.principal, claim);
      if (refusal) throw forbidden(`${refusal} (identifiers.${index})`);
    });
    const checked = identifiers.map((claim, index) => {
      const result = checkIdentifier(claim, rules);
      if ("identifier" in result) return result.identifier;
      if (result.field === "issuer") throw badUserInput(`identifiers.${index}.issuer`, result.problem);
      return null; // a malformed value names nobody
    });
    const wanted = checked.filter((id) => id !== null);
    const distinct = new Set(wanted.map(identifierKey)).size;
    const bound = maxDistinctLookups(ctx.principal.role, lookup);
    if (distinct > bound) throw badUserInput("identifiers", `at most ${bound} different identifiers per request for ${ctx.principal.role} (got ${distinct})`);
    if (wanted.length === 0) return checked.map(() => null);
    const rows = await holdersOf(ctx.db, wanted);
    const owners = new Map(rows.map((row) => [identifierKey(row), row.individual]));
    // Who was found is itself PHI (that the hub holds the person): every hit is audited by id.
    for (const row of rows) ctx.audit.read("Query.individualsByIdentifiers", row.individual.id);
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
