import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import { eachInScopeAs } from "@pasrr/subgraph-kit/access/scope-as";
import { packPersonFacts, unpackClaimBatch, type PackedPasrrPeriod } from "@pasrr/subgraph-kit/claim-batch/claim-batch.packet";
import type { Context } from "../context.ts";
import { screeningsAccess } from "../access/matrix.access.ts";
import { screeningsScopeRules } from "../access/scope.access.ts";
import { complianceFromRows } from "../pasrr/compliance.store.ts";
import { ClaimBatchCoverage } from "./claim-batch.stub.ts";

/** The rows of every id, one statement per loader for the whole batch, grouped back by id. */
async function rowsById<T>(loader: { loadMany(ids: readonly string[]): Promise<(T[] | Error)[]> }, ids: readonly string[]): Promise<Map<string, T[]>> {
  const groups = await loader.loadMany(ids);
  return new Map(
    ids.map((id, n) => {
      const group = groups[n]!;
      if (group instanceof Error) throw group;
      return [id, group];
    }),
  );
}

@Resolver(() => ClaimBatchCoverage)
export class ClaimBatchPasrrResolver {
  @Directive("@inaccessible")
  @Directive('@requires(fields: "claimBatch")')
  @FieldResolver(() => String, {
    description:
      "Every person's PASRR compliance periods, one list per person of the batch in its order, packed (router-only: levelofcare requires it). Read and scoped as `Individual.pasrrCompliance`.",
  })
  async pasrrFacts(@Root() batch: ClaimBatchCoverage, @Ctx() ctx: Context): Promise<string> {
    const { people } = unpackClaimBatch(batch.claimBatch);
    const idsOf = people.map(idsAcrossMerges);
    const ids = [...new Set(idsOf.flat())];
    // Three statements for the whole batch, as `Individual.pasrrCompliance` costs for a whole `_entities` call.
    const [screens, levelTwo, admissions] = await Promise.all([
      rowsById(ctx.loaders.levelOneScreensByIndividual, ids),
      rowsById(ctx.loaders.levelTwoRecordsByIndividual, ids),
      rowsById(ctx.loaders.admissionsByIndividual, ids),
    ]);
    const timeZone = ctx.services.clock.timeZone;
    const periods = idsOf.map((personIds) =>
      complianceFromRows(
        timeZone,
        personIds.flatMap((id) => screens.get(id) ?? []),
        personIds.flatMap((id) => levelTwo.get(id) ?? []),
        personIds.flatMap((id) => admissions.get(id) ?? []),
      ),
    );
    const visible = await eachInScopeAs(screeningsAccess, screeningsScopeRules, "Individual.pasrrCompliance", "PasrrCompliancePeriod", periods, ctx);
    const facts = visible.map((list) => list.map((p): PackedPasrrPeriod => [p.from, p.through, p.status, p.reason, p.recordIds, p.knownFrom, p.knownThrough]));
    return packPersonFacts(facts);
  }
}
