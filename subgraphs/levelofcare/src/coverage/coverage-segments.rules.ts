import { dayNumber } from "@pasrr/calendar/calendar-date";
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
  // Every date a segment may start on: the date itself, or the day after a date a fact holds through.
  const days: number[] = [];
  for (const stay of view.stays) {
    days.push(dayNumber(stay.admittedOn));
    if (stay.dischargedOn !== null) days.push(dayNumber(stay.dischargedOn));
    // Payer periods: the payer, and hospice having ended (`endsOn`) for NEW_LOC_REQUIRED_AFTER_HOSPICE.
    for (const period of stay.payerPeriods) {
      days.push(dayNumber(period.startsOn));
      if (period.endsOn !== null) days.push(dayNumber(period.endsOn));
    }
    for (const leave of stay.leavePeriods) {
      days.push(dayNumber(leave.leftOn));
      if (leave.returnedOn !== null) days.push(dayNumber(leave.returnedOn));
    }
  }
  // Standing and superseded determinations: in force, started (DENIED, EXPIRED), upcoming (NOT_YET_EFFECTIVE), SUPERSEDED.
  for (const determinations of [view.relevant, view.superseded]) {
    for (const determination of determinations) {
      days.push(dayNumber(determination.effectiveFrom));
      if (determination.effectiveThrough !== null) days.push(dayNumber(determination.effectiveThrough) + 1);
    }
  }
  // PASRR periods: the standing on the day, and PASRR met later than the day (LOC_BEFORE_PASRR_MET) until its `from`.
  for (const period of facts.pasrr) {
    days.push(dayNumber(period.from));
    if (period.through !== null) days.push(dayNumber(period.through) + 1);
  }
  // Bed-hold days past the year's limit: the limit's crossing day, and the end of the leave or of the year.
  for (const range of view.bedHoldOverLimit) days.push(dayNumber(range.from), dayNumber(range.through) + 1);
  days.sort((a, b) => a - b);
  const starts = [first];
  for (const day of days) if (day > starts[starts.length - 1]! && day <= last) starts.push(day);
  return starts;
}
