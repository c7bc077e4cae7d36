import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { loadAcrossMerges } from "@pasrr/graphql-kit/loaders";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Context } from "../context.ts";
import { LevelOfCareAssessment, type CriterionFinding } from "../assessment/assessment.type.ts";
import { knownOn, standing } from "../determination/history.rules.ts";
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
    description:
      "The person's Level of Care determinations the caller may read (a PAA its counties', a facility its own), and those of records merged into them, latest effective date first. Not for the payment system, which reads `levelOfCareCoverage`.",
  })
  async levelOfCareDeterminations(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("includeSuperseded", () => Boolean, { defaultValue: false, description: "Also list determinations a newer one superseded (the history)." })
    includeSuperseded: boolean,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description:
        "Read the record as the hub held it at the end of this day (the state's date, in its time zone): only determinations recorded by then, and a supersession only once its successor was recorded. Omit for today.",
    })
    asOf?: CalendarDate | null,
  ) {
    const rows = knownOn(await loadAcrossMerges(individual, ctx.loaders.determinationsByIndividual, latestFirst), asOf, ctx.services.clock.timeZone);
    return includeSuperseded ? rows : standing(rows);
  }

  @Directive('@requires(fields: "mergedIds")')
  @FieldResolver(() => [LevelOfCareAssessment], {
    description:
      "The person's functional assessments the caller may read (a PAA its counties', a facility those its determinations rest on), and those of records merged into them, latest first. Clinical: not for the payment system.",
  })
  async levelOfCareAssessments(@Root() individual: Individual, @Ctx() ctx: Context) {
    const rows = await loadAcrossMerges(individual, ctx.loaders.assessmentsByIndividual, latestAssessedFirst);
    return rows.map((row) => ({ ...row, findings: row.findings as unknown as CriterionFinding[] }));
  }
}
