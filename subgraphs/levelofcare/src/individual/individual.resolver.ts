import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { loadAcrossMerges } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { LevelOfCareAssessment, type CriterionFinding } from "../assessment/assessment.type.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { Individual } from "./individual.stub.ts";


const latestFirst = (a: { effectiveFrom: Date; id: string }, b: { effectiveFrom: Date; id: string }) =>
  b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || (a.id < b.id ? 1 : -1);
const latestAssessedFirst = (a: { assessedOn: Date; id: string }, b: { assessedOn: Date; id: string }) =>
  b.assessedOn.getTime() - a.assessedOn.getTime() || (a.id < b.id ? 1 : -1);

@Resolver(() => Individual)
export class IndividualLevelOfCareResolver {
  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOfCareDetermination], {
    description: "The person's Level of Care determinations, and those of records merged into them, latest effective date first.",
  })
  async levelOfCareDeterminations(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("includeSuperseded", () => Boolean, { defaultValue: false, description: "Also list determinations a newer one superseded (the history)." })
    includeSuperseded: boolean,
  ) {
    const rows = await loadAcrossMerges(individual, ctx.loaders.determinationsByIndividual, latestFirst);
    if (includeSuperseded) return rows;
    // A successor is always about the same person, so the person's own rows say which were superseded.
    const superseded = new Set(rows.map((row) => row.supersedesId));
    return rows.filter((row) => !superseded.has(row.id));
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOfCareAssessment], {
    description: "The person's functional assessments, and those of records merged into them, latest first. Clinical: not for the payment system.",
  })
  async levelOfCareAssessments(@Root() individual: Individual, @Ctx() ctx: Context) {
    const rows = await loadAcrossMerges(individual, ctx.loaders.assessmentsByIndividual, latestAssessedFirst);
    return rows.map((row) => ({ ...row, findings: row.findings as unknown as CriterionFinding[] }));
  }
}
