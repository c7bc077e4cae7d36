import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { coverageFrom, personCoverageFacts } from "./coverage.store.ts";
import { LevelOfCareCoverage } from "./coverage.type.ts";
import { checkCoverageQuestion } from "./coverage.validation.ts";

/** Everything coverage needs from other subgraphs, handed over by the router (never copied). */
export const required =
  "mergedIds pasrrCompliance { from through status reason recordIds knownFrom knownThrough } stays { admittedOn dischargedOn facility { id providerNumber } payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn } }";

@Resolver(() => Individual)
export class IndividualCoverageResolver {
  @Directive(`@requires(fields: "${required}")`)
  @FieldResolver(() => LevelOfCareCoverage, {
    description: "Which days from–to a Level of Care covers, at one facility when `providerNumber` is given: the Medicaid payment system's question, answered day by day with reasons.",
  })
  async levelOfCareCoverage(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { description: "The first day asked about." }) from: CalendarDate,
    @Arg("to", () => DateScalar, { description: "The last day asked about (included)." }) to: CalendarDate,
    @Arg("providerNumber", () => String, { nullable: true, description: "The facility's Medicaid provider number; omit for any facility." }) providerNumber?: string | null,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description:
        "Answer with the Level of Care determinations the hub held at the end of this day (the state's date, in its time zone), as a payment check made that day saw them (determinations recorded later, and later supersessions, left out), with the PASRR compliance periods screenings answered with that day. Stays are read as they stand now. Omit for today.",
    })
    asOf?: CalendarDate | null,
  ): Promise<LevelOfCareCoverage> {
    checkCoverageQuestion(ctx.principal, { from, to, providerNumber }, "answered");
    return coverageFrom(await personCoverageFacts(individual, ctx, asOf ?? null), from, to, providerNumber ?? null);
  }
}
