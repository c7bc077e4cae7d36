import { randomUUID } from "node:crypto";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "@pasrr/graphql-kit/errors";
import { packClaimBatch, type PackedClaimLine } from "@pasrr/subgraph-kit/claim-batch/claim-batch.packet";
import type { Context } from "../context.ts";
import { lookupRefusal, maxDistinctLookups } from "../access/identifier-lookup.access.ts";
import { checkIdentifier, identifierKey, type NormalisedIdentifier } from "../identifier/identifier.rules.ts";
import { maxLookupBatch } from "../identifier/identifier.resolver.ts";
import { medicaidIdHolders } from "./claim-batch.store.ts";
import { ClaimBatchCoverage } from "./claim-batch.type.ts";
import { ClaimLineInput } from "@pasrr/subgraph-kit/claim-batch/claim-line.input";

@Resolver(() => ClaimBatchCoverage)
export class ClaimBatchResolver {
  @Query(() => ClaimBatchCoverage, {
    description:
      "The payment system's batch check in one field: each claim line answered like `levelOfCareCoverage` for its own days and provider number, on the person its Medicaid ID names. " +
      "Up to 10,000 lines; the different Medicaid IDs of a batch are bounded by role as for `individualsByIdentifiers`, and every person found is audited. " +
      "The batch crosses each service once, whatever its size.",
  })
  async levelOfCareClaimBatch(
    @Arg("lines", () => [ClaimLineInput], { description: "The claim lines of the batch (up to 10,000); pass them as one variable." }) lines: ClaimLineInput[],
    @Ctx() ctx: Context,
  ): Promise<ClaimBatchCoverage> {
    if (lines.length > maxLookupBatch) throw badUserInput("lines", `at most ${maxLookupBatch} claim lines per request`);
    // A claim names its person by Medicaid ID: looked up exactly as `individualsByIdentifiers` looks one up.
    const refusal = lookupRefusal(ctx.principal, { type: "MEDICAID_ID" });
    if (refusal) throw forbidden(refusal);
    const { identifierRules: rules, lookup } = ctx.services.identity;
    const named = lines.map((line, index): NormalisedIdentifier | null => {
      const result = checkIdentifier({ type: "MEDICAID_ID", issuer: line.issuer, value: line.medicaidId }, rules);
      if ("identifier" in result) return result.identifier;
      if (result.field === "issuer") throw badUserInput(`lines.${index}.issuer`, result.problem);
      return null; // a malformed Medicaid ID names nobody
    });
    const wanted = new Map(named.filter((id) => id !== null).map((id) => [identifierKey(id), id]));
    const bound = maxDistinctLookups(ctx.principal.role, lookup);
    if (wanted.size > bound) throw badUserInput("lines", `at most ${bound} different Medicaid IDs per request for ${ctx.principal.role} (got ${wanted.size})`);

    // One statement: the holders with their merged records' ids (a merge moves identifiers to the survivor).
    const holders = wanted.size ? await medicaidIdHolders(ctx.db, [...wanted.values()]) : [];
    // Each person once, however many lines (or spellings of a Medicaid ID) name them: facts are read once per person.
    const people: { id: string; mergedIds: string[] }[] = [];
    const personOf = new Map<string, number>();
    const indexOf = new Map<string, number>();
    for (const holder of holders) {
      let index = indexOf.get(holder.id);
      if (index === undefined) indexOf.set(holder.id, (index = people.push({ id: holder.id, mergedIds: holder.mergedIds }) - 1));
      personOf.set(identifierKey({ type: "MEDICAID_ID", ...holder }), index);
      // Who was found is itself PHI (that the hub holds the person): every hit is audited by id.
      ctx.audit.read("Query.levelOfCareClaimBatch", holder.id);
    }
    const claimBatch = packClaimBatch({
      people,
      lines: lines.map((line, n): PackedClaimLine => ({
        person: named[n] ? (personOf.get(identifierKey(named[n])) ?? -1) : -1,
        line: line.line,
        medicaidId: line.medicaidId,
        providerNumber: line.providerNumber ?? null,
        from: line.from,
        to: line.to,
      })),
    });
    return { id: randomUUID(), claimBatch };
  }
}
