import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import { eachInScopeAs } from "@pasrr/subgraph-kit/access/scope-as";
import { packPersonFacts, unpackClaimBatch, type PackedStay } from "@pasrr/subgraph-kit/claim-batch/claim-batch.packet";
import type { Context } from "../context.ts";
import { facilitiesAccess } from "../access/matrix.access.ts";
import { facilitiesScopeRules } from "../access/scope.access.ts";
import { storedLeavePeriods, storedPayerPeriods } from "../stay/stay.store.ts";
import type { Stay } from "../stay/stay.type.ts";
import { ClaimBatchCoverage } from "./claim-batch.stub.ts";

/** Latest admission first, as `Individual.stays` lists them (coverage reads the first stay holding a day). */
const admittedDesc = (a: Stay, b: Stay) => b.admittedOn.getTime() - a.admittedOn.getTime() || (a.id < b.id ? 1 : -1);

@Resolver(() => ClaimBatchCoverage)
export class ClaimBatchStaysResolver {
  @Directive("@inaccessible")
  @Directive('@requires(fields: "claimBatch")')
  @FieldResolver(() => String, {
    description:
      "Every person's stays with their facility's provider number, payers and leaves, one list per person of the batch in its order, packed (router-only: levelofcare requires it). Read and scoped as `Individual.stays`.",
  })
  async stayFacts(@Root() batch: ClaimBatchCoverage, @Ctx() ctx: Context): Promise<string> {
    const { people } = unpackClaimBatch(batch.claimBatch);
    const idsOf = people.map(idsAcrossMerges);
    const ids = [...new Set(idsOf.flat())];
    // One statement for every stay of the batch (the loader keeps the caller's stay scope in its WHERE clause).
    const lists = await ctx.loaders.staysByIndividual.loadMany(ids);
    const staysOf = new Map(
      ids.map((id, n) => {
        const list = lists[n]!;
        if (list instanceof Error) throw list;
        return [id, list];
      }),
    );
    const perPerson = await eachInScopeAs(
      facilitiesAccess,
      facilitiesScopeRules,
      "Individual.stays",
      "Stay",
      idsOf.map((personIds) => personIds.flatMap((id) => staysOf.get(id) ?? []).sort(admittedDesc)),
      ctx,
    );
    // One more for the facilities of those stays (their provider numbers).
    const facilityIds = [...new Set(perPerson.flat().map((stay) => stay.facilityId))];
    const facilities = await ctx.loaders.facility.loadMany(facilityIds);
    const providerNumber = new Map(facilityIds.map((id, n) => [id, facilities[n] instanceof Error ? null : (facilities[n]?.providerNumber ?? null)]));
    // Where a person lives is sensitive (IDENTITY): every person asked about is audited, as `Individual.stays` audits each.
    for (const person of people) ctx.audit.read("Individual.stays", person.id);
    return packPersonFacts(
      perPerson.map((stays) =>
        stays.map((stay): PackedStay => [
          fromDbDate(stay.admittedOn),
          stay.dischargedOn ? fromDbDate(stay.dischargedOn) : null,
          stay.facilityId,
          providerNumber.get(stay.facilityId) ?? null,
          storedPayerPeriods(stay.payerPeriods),
          storedLeavePeriods(stay.leavePeriods),
        ]),
      ),
    );
  }
}
