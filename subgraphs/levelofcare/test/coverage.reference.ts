import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type { DateRange } from "../src/coverage/bed-hold.rules.ts";
import { coverageOn, coverageView } from "../src/coverage/coverage.rules.ts";
import type { Coverage, CoverageFacts, DayCoverage } from "../src/coverage/coverage.model.ts";

/**
 * The reference for `coverage`: the day-by-day computation it replaced, kept only to prove the
 * segment computation gives the same answer. It asks `coverageOn` about every day from `from` to
 * `to` and counts the bed-hold days one by one, as the code did before issue 20.
 */
export function coverageDayByDay(facts: CoverageFacts): Coverage {
  const view = { ...coverageView(facts), bedHoldOverLimit: bedHoldOverLimitDayByDay(facts) };
  const result: Coverage = { coveredSpans: [], uncoveredSpans: [] };
  let open: { from: CalendarDate; through: CalendarDate; day: DayCoverage } | null = null;
  const same = (a: DayCoverage, b: DayCoverage) =>
    a.covered ? b.covered && a.determination.id === b.determination.id : !b.covered && a.reason === b.reason && a.recordIds.join() === b.recordIds.join();
  const close = () => {
    if (!open) return;
    if (open.day.covered) {
      result.coveredSpans.push({
        from: open.from,
        through: open.through,
        levelOfCareType: open.day.determination.levelOfCareType,
        determinationId: open.day.determination.id,
      });
    } else result.uncoveredSpans.push({ from: open.from, through: open.through, reason: open.day.reason, recordIds: open.day.recordIds });
  };
  for (let day = facts.from; day <= facts.to; day = addDays(day, 1)) {
    const answer = coverageOn(day, view);
    if (open && same(open.day, answer)) open.through = day;
    else {
      close();
      open = { from: day, through: day, day: answer };
    }
  }
  close();
  return result;
}

/** Every hospital-leave day up to `to`, counted per calendar year in date order; the days past the limit, as runs of consecutive days. */
function bedHoldOverLimitDayByDay(facts: CoverageFacts): DateRange[] {
  const days = new Set<CalendarDate>();
  for (const stay of facts.stays) {
    for (const leave of stay.leavePeriods) {
      if (leave.kind !== "HOSPITAL_LEAVE") continue;
      const end = leave.returnedOn ?? stay.dischargedOn ?? addDays(facts.to, 1);
      for (let day = leave.leftOn; day < end && day <= facts.to; day = addDays(day, 1)) days.add(day);
    }
  }
  const over: DateRange[] = [];
  const used = new Map<string, number>();
  for (const day of [...days].sort()) {
    const year = day.slice(0, 4);
    const count = (used.get(year) ?? 0) + 1;
    used.set(year, count);
    if (count <= facts.bedHoldDaysPerYear) continue;
    const previous = over.at(-1);
    if (previous && addDays(previous.through, 1) === day) previous.through = day;
    else over.push({ from: day, through: day });
  }
  return over;
}
