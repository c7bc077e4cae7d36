import { isRecordId } from "@pasrr/graphql-kit/ids";
import { registeredFacilitiesOfToken } from "@pasrr/subgraph-kit/access/facility-registry";
import { relatedToPerson, screensOfPerson, staysOfPerson } from "@pasrr/subgraph-kit/access/person-relations";
import { scopeRule, type ScopeRules } from "@pasrr/subgraph-kit/access/scope-rules";
import type { Context } from "../context.ts";

/**
 * The individuals service's scope rules (packages/subgraph-kit/src/access/scope-rules.ts).
 */

/**
 * A hospital or NF attaches identifiers only to a person it is related to (finding: a hospital
 * attached a Medicaid ID to an unrelated person, so claims for that ID resolved to them). The
 * relation, from records the hub holds: the registration its organisation made (this service's
 * history), a stay at or admitted from one of its registered facilities (facilities), or a Level I
 * it filed or that names one of its facilities (screenings) — domain README, "Who acts": a NF for
 * its residents, a hospital for its patients. Its token must name a registered facility of its type.
 */
async function relatedToCaller(ctx: Context, individualId: unknown): Promise<boolean> {
  if (!isRecordId(individualId)) return false;
  if ((await registeredFacilitiesOfToken(ctx)).length === 0) return false;
  const person = await ctx.db.individual.findUnique({ where: { id: individualId.toLowerCase() }, select: { id: true } });
  if (!person) return false;
  const registered = await ctx.db.identityEvent.findFirst({
    where: { individualId: person.id, kind: "REGISTERED", actorOrganisation: ctx.principal.organisationId },
    select: { id: true },
  });
  if (registered) return true;
  const [stays, screens] = await Promise.all([staysOfPerson(ctx, person.id), screensOfPerson(ctx, person.id)]);
  return relatedToPerson(ctx, [...stays, ...screens]);
}

export const individualsScopeRules: ScopeRules<Context> = {
  OWN_FACILITIES: {
    "Mutation.addIdentifier": scopeRule<{ input: { individualId: string } }, Context>(
      "the person's relation to the caller: its registration, a stay at or from its registered facility, or a Level I it filed",
      ({ input }, ctx) => relatedToCaller(ctx, input.individualId),
    ),
  },
  HELD_IDENTIFIERS: {
    // The lookup itself is the scope: it answers only people holding exactly an identifier the caller sent.
    Individual: scopeRule<unknown, Context>("the identifier sent: only a person holding exactly that identifier is returned", () => true),
    ClaimBatchCoverage: scopeRule<unknown, Context>("the Medicaid ID of each line: a line names only the person holding exactly that identifier", () => true),
  },
};
