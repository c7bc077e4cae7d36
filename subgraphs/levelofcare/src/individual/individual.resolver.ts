import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Role } from "@pasrr/platform";
import { LevelOfCareAssessment, type CriterionFinding } from "../assessment/assessment.type.ts";
import type { Context } from "../context.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { Individual } from "./individual.stub.ts";

/** Assessment details are clinical (domain README, "Who acts"): not for the payment system. */
const assessmentReaders: Role[] = ["STATE_MEDICAID_AGENCY", "PAA", "NURSING_FACILITY", "HOSPITAL"];

@Resolver(() => Individual)
export class IndividualLevelOfCareResolver {
  @FieldResolver(() => [LevelOfCareDetermination], { description: "The person's Level of Care determinations, latest effective date first." })
  async levelOfCareDeterminations(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("includeSuperseded", () => Boolean, { defaultValue: false, description: "Also list determinations a newer one superseded (the history)." })
    includeSuperseded: boolean,
  ) {
    const rows = await ctx.loaders.determinationsByIndividual.load(individual.id);
    if (includeSuperseded) return rows;
    // A successor is always the same person's, so the person's own rows say which were superseded.
    const superseded = new Set(rows.map((row) => row.supersedesId));
    return rows.filter((row) => !superseded.has(row.id));
  }

  @Authorized(...assessmentReaders)
  @FieldResolver(() => [LevelOfCareAssessment], { description: "The person's functional assessments, latest first. Clinical: not for the payment system." })
  async levelOfCareAssessments(@Root() individual: Individual, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.assessmentsByIndividual.load(individual.id);
    return rows.map((row) => ({ ...row, findings: row.findings as unknown as CriterionFinding[] }));
  }
}
