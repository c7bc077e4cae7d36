import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Context } from "../context.ts";
import type { Individual } from "../individual/individual.stub.ts";
import type { LevelOfCareType } from "../generated/prisma/enums.ts";
import type { LevelOfCareDetermination } from "../generated/prisma/client.ts";
import { knownOn } from "../determination/history.rules.ts";
import { compliancePeriodsKnownOn } from "../pasrr/pasrr-compliance.rules.ts";
import { coverage } from "./coverage.rules.ts";
import type { CoverageDetermination, CoveragePasrrPeriod, CoverageStay } from "./coverage.model.ts";
import type { LevelOfCareCoverage } from "./coverage.type.ts";

/** What one person's coverage needs besides the days asked about: their determinations (merged records included), stays and PASRR compliance periods. */
export interface PersonCoverageFacts {
  determinations: CoverageDetermination[];
  stays: CoverageStay[];
  pasrr: CoveragePasrrPeriod[];
  bedHoldDaysPerYear: number;
  typeOf: Map<string, LevelOfCareType>;
}

/**
 * Gathers one person's facts: the determinations through the request's batched loader (one
 * statement for every person of the router's `_entities` call), the rest from the fields the
 * router handed over through `@requires` (never copied, never stored).
 */
export async function personCoverageFacts(individual: Individual, ctx: Context, asOf: CalendarDate | null = null): Promise<PersonCoverageFacts> {
  const ids = idsAcrossMerges(individual);
  // As of a past day: only the determinations (and supersessions) the hub had recorded by then.
  const rows = knownOn((await Promise.all(ids.map((id) => ctx.loaders.determinationsByIndividual.load(id)))).flat(), asOf, ctx.services.clock.timeZone);
  const stays = (individual.stays ?? []).map((stay) => ({
    ...stay,
    facility: { id: stay.facility.id, providerNumber: stay.facility.providerNumber ?? "" },
  }));
  // As of a past day: the compliance periods screenings answered with that day.
  const pasrr = compliancePeriodsKnownOn(individual.pasrrCompliance ?? [], asOf);
  return coverageFactsFrom(rows, stays, pasrr, ctx.services.policy.bedHoldDaysPerYear);
}

/** The determination columns coverage reads. */
type DeterminationRow = Pick<LevelOfCareDetermination, "id" | "decision" | "levelOfCareType" | "effectiveFrom" | "effectiveThrough" | "facilityId" | "supersedesId">;

/** One person's facts from their determination rows (already as known on the day asked about), stays and PASRR periods. */
export function coverageFactsFrom(rows: readonly DeterminationRow[], stays: CoverageStay[], pasrr: CoveragePasrrPeriod[], bedHoldDaysPerYear: number): PersonCoverageFacts {
  const determinations: CoverageDetermination[] = rows.map((row) => ({
    id: row.id,
    decision: row.decision,
    levelOfCareType: row.levelOfCareType,
    effectiveFrom: fromDbDate(row.effectiveFrom),
    effectiveThrough: row.effectiveThrough ? fromDbDate(row.effectiveThrough) : null,
    facilityId: row.facilityId,
    supersedesId: row.supersedesId,
  }));
  return { determinations, stays, pasrr, bedHoldDaysPerYear, typeOf: new Map(rows.map((row) => [row.id, row.levelOfCareType])) };
}

/** The coverage of the days from–to (at one facility when a provider number is given), from one person's facts. */
export function coverageFrom(facts: PersonCoverageFacts, from: CalendarDate, to: CalendarDate, providerNumber: string | null): LevelOfCareCoverage {
  const answer = coverage({ from, to, providerNumber, pasrr: facts.pasrr, bedHoldDaysPerYear: facts.bedHoldDaysPerYear, determinations: facts.determinations, stays: facts.stays });
  // The span names its determination; the level of care is read back from that row, typed.
  const coveredSpans = answer.coveredSpans.map((span) => ({ ...span, levelOfCareType: facts.typeOf.get(span.determinationId)! }));
  return { from, to, providerNumber, coveredSpans, uncoveredSpans: answer.uncoveredSpans };
}
