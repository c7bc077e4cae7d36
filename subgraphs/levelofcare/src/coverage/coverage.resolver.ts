import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput, DateScalar, fromDbDate, isRecordId, type CalendarDate } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { addDays, coverage, type CoverageDetermination } from "./coverage.rules.ts";
import { LevelOfCareCoverage } from "./coverage.type.ts";

/** Two years of days at most: a claim period is a month, a review a year. */
const maxDays = 731;

/** Everything coverage needs from other subgraphs, handed over by the router (never copied). */
const required =
  "mergedIds pasrr { requirementsMetOn } stays { admittedOn dischargedOn facility { id providerNumber } payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn } }";

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
  ): Promise<LevelOfCareCoverage> {
    if (to < from) throw badUserInput("to", "may not be before from");
    if (addDays(from, maxDays - 1) < to) throw badUserInput("to", `coverage is answered for at most ${maxDays} days at a time`);
    // A facility sees its own residents' coverage only: facilities hands levelofcare only the
    // stays at the caller's facilities, so days at any other facility read NOT_AT_FACILITY.
    if (ctx.principal.role === "NURSING_FACILITY" && !providerNumber) throw badUserInput("providerNumber", "a nursing facility asks about one of its own facilities");

    // One batched statement for every person (and merged record) in the router's `_entities` call.
    const ids = [...new Set([individual.id, ...(individual.mergedIds ?? [])].filter(isRecordId).map((id) => id.toLowerCase()))];
    const rows = (await Promise.all(ids.map((id) => ctx.loaders.determinationsByIndividual.load(id)))).flat();
    const determinations: CoverageDetermination[] = rows.map((row) => ({
      id: row.id,
      decision: row.decision,
      levelOfCareType: row.levelOfCareType,
      effectiveFrom: fromDbDate(row.effectiveFrom),
      effectiveThrough: row.effectiveThrough ? fromDbDate(row.effectiveThrough) : null,
      facilityId: row.facilityId,
      supersedesId: row.supersedesId,
    }));
    const stays = (individual.stays ?? []).map((stay) => ({
      ...stay,
      facility: { id: stay.facility.id, providerNumber: stay.facility.providerNumber ?? "" },
    }));
    const answer = coverage({
      from,
      to,
      providerNumber: providerNumber ?? null,
      pasrrRequirementsMetOn: individual.pasrr?.requirementsMetOn ?? null,
      determinations,
      stays,
    });
    // The span names its determination; the level of care is read back from that row, typed.
    const typeOf = new Map(rows.map((row) => [row.id, row.levelOfCareType]));
    const coveredSpans = answer.coveredSpans.map((span) => ({ ...span, levelOfCareType: typeOf.get(span.determinationId)! }));
    return { from, to, providerNumber: providerNumber ?? null, coveredSpans, uncoveredSpans: answer.uncoveredSpans };
  }
}
