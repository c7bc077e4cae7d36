import { dayNumber, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type { CoverageView } from "./coverage.rules.ts";

/**
 * The first days of the segments of `from`–`to` within which no fact changes, as day numbers
 * (`dayNumber`), in order, starting with `from`. `coverageOn` compares the day only with the dates
 * collected here: a rule true from a date on (`date <= day`) or until the day before it
 * (`day < date`) can change its answer on that date, and a rule holding through a date
 * (`day <= date`) on the day after it. So every day of a segment has its first day's answer.
 */
export function segmentStarts(view: CoverageView): number[] {
  const { facts } = view;
  const first = dayNumber(facts.from);
  const last = dayNumber(facts.to);
  const starts: number[] = [first];
  const on = (date: CalendarDate | null) => {
    if (date === null) return;
    const day = dayNumber(date);
    if (day > first && day <= last) starts.push(day);
  };
  const after = (date: CalendarDate | null) => {
    if (date === null) return;
    const day = dayNumber(date) + 1;
    if (day > first && day <= last) starts.push(day);
  };
  for (const stay of view.stays) {
    on(stay.admittedOn);
    on(stay.dischargedOn);
    // Payer periods: the payer, and hospice having ended (`endsOn`) for NEW_LOC_REQUIRED_AFTER_HOSPICE.
    for (const period of stay.payerPeriods) {
      on(period.startsOn);
      on(period.endsOn);
    }
    for (const leave of stay.leavePeriods) {
      on(leave.leftOn);
      on(leave.returnedOn);
    }
  }
  // Standing and superseded determinations: in force, started (DENIED, EXPIRED), upcoming (NOT_YET_EFFECTIVE), SUPERSEDED.
  for (const determination of [...view.relevant, ...view.superseded]) {
    on(determination.effectiveFrom);
    after(determination.effectiveThrough);
  }
  // PASRR periods: the standing on the day, and PASRR met later than the day (LOC_BEFORE_PASRR_MET) until its `from`.
  for (const period of facts.pasrr) {
    on(period.from);
    after(period.through);
  }
  // Bed-hold days past the year's limit: the limit's crossing day and the end of the leave or the year.
  for (const range of view.bedHoldOverLimit) {
    on(range.from);
    after(range.through);
  }
  starts.sort((a, b) => a - b);
  let kept = 1;
  for (let i = 1; i < starts.length; i += 1) if (starts[i] !== starts[kept - 1]) starts[kept++] = starts[i]!;
  starts.length = kept;
  return starts;
}
