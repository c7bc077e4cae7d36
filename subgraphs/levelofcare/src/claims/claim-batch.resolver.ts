import { GraphQLError } from "graphql";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { unpackClaimBatch, unpackPersonFacts, type PackedPasrrPeriod, type PackedStay } from "@pasrr/subgraph-kit/claim-batch/claim-batch.packet";
import type { Context } from "../context.ts";
import { coverageFrom, personCoverageFacts } from "../coverage/coverage.store.ts";
import type { Individual } from "../individual/individual.stub.ts";
import { ClaimBatchCoverage } from "./claim-batch.stub.ts";
import { checkClaimLine } from "./claim-line.validation.ts";
import { ClaimLineCoverage } from "./claim-line-coverage.type.ts";

/** A person of the batch as `personCoverageFacts` reads one: the shape `Individual.levelOfCareCoverage` receives through `@requires`. */
const personOf = (id: string, mergedIds: string[], periods: PackedPasrrPeriod[], stays: PackedStay[]) =>
  ({
    id,
    mergedIds,
    pasrrCompliance: periods.map(([from, through, status, reason, recordIds, knownFrom, knownThrough]) => ({
      from,
      through,
      status,
      reason,
      recordIds,
      knownFrom,
      knownThrough,
    })),
    stays: stays.map(([admittedOn, dischargedOn, facilityId, providerNumber, payerPeriods, leavePeriods]) => ({
      admittedOn,
      dischargedOn,
      facility: { id: facilityId, providerNumber: providerNumber ?? undefined },
      payerPeriods,
      leavePeriods,
    })),
  }) as Individual;

@Resolver(() => ClaimBatchCoverage)
export class ClaimBatchCoverageResolver {
  @Directive('@requires(fields: "claimBatch pasrrFacts stayFacts")')
  @FieldResolver(() => [ClaimLineCoverage], {
    nullable: "items",
    description:
      "One answer per input line, in input order; null where the line's Medicaid ID names no person the caller may see. " +
      "Each line is answered like `levelOfCareCoverage` for its own days and provider number; a line that cannot be answered (its days, or a nursing facility naming no provider number) is null with a BAD_USER_INPUT error naming it, and the other lines are answered.",
  })
  async lines(@Root() batch: ClaimBatchCoverage, @Ctx() ctx: Context): Promise<(ClaimLineCoverage | GraphQLError | null)[]> {
    const { people, lines } = unpackClaimBatch(batch.claimBatch);
    const pasrr = unpackPersonFacts<PackedPasrrPeriod>(batch.pasrrFacts, people.length);
    const stays = unpackPersonFacts<PackedStay>(batch.stayFacts, people.length);
    // Each person's facts once (one determinations statement for the whole batch), however many lines name them.
    const facts = await Promise.all(people.map((person, n) => personCoverageFacts(personOf(person.id, person.mergedIds, pasrr[n]!, stays[n]!), ctx)));
    return lines.map((line) => {
      const personFacts = facts[line.person];
      if (!personFacts) return null;
      try {
        checkClaimLine(ctx.principal, line);
      } catch (error) {
        // The line's own error: GraphQL answers it null at its place in `lines` and the rest of the batch stands.
        if (error instanceof GraphQLError) return error;
        throw error;
      }
      return { line: line.line, medicaidId: line.medicaidId, ...coverageFrom(personFacts, line.from, line.to, line.providerNumber) };
    });
  }
}
