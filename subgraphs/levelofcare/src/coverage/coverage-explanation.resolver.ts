import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { coverageFrom, personCoverageFacts } from "./coverage.store.ts";
import { required } from "./coverage.resolver.ts";
import { checkCoverageQuestion } from "./coverage.validation.ts";
import { CoverageExplanation, type CoverageTimelineSpan } from "./coverage-explanation.type.ts";
import { uncoveredReasonSources } from "./payment-reasons.rules.ts";

const payableRule = "Payable: an effective Level of Care covers the day and the PASRR requirements were met on it (OH COA guide, \"Level of Care\").";

@Resolver(() => Individual)
export class IndividualCoverageExplanationResolver {
  @Directive(`@requires(fields: "${required}")`)
  @FieldResolver(() => CoverageExplanation, {
    description:
      "The payment answer explained for a person to read: each span of days from–to, payable or not, the rule (with its source) and the record ids behind it. For the state agency and the nursing facility (its own residents); no clinical content.",
  })
  async coverageExplanation(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { description: "The first day asked about." }) from: CalendarDate,
    @Arg("to", () => DateScalar, { description: "The last day asked about (included)." }) to: CalendarDate,
    @Arg("providerNumber", () => String, { nullable: true, description: "The facility's Medicaid provider number; omit for any facility." }) providerNumber?: string | null,
  ): Promise<CoverageExplanation> {
    checkCoverageQuestion(ctx.principal, { from, to, providerNumber }, "explained");
    const answer = coverageFrom(await personCoverageFacts(individual, ctx), from, to, providerNumber ?? null);
    const timeline: CoverageTimelineSpan[] = [
      ...answer.coveredSpans.map((s) => ({ from: s.from, through: s.through, payable: true, reason: null, rule: payableRule, determinationId: s.determinationId, recordIds: [s.determinationId] })),
      ...answer.uncoveredSpans.map((s) => ({ from: s.from, through: s.through, payable: false, reason: s.reason, rule: uncoveredReasonSources[s.reason], determinationId: null, recordIds: s.recordIds })),
    ].sort((a, b) => a.from.localeCompare(b.from));
    return { from, to, providerNumber: providerNumber ?? null, timeline };
  }
}
