import { dayNumber, fromDayNumber, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type { CoverageFacts } from "./coverage.model.ts";

/** Consecutive days, both ends included. */
export interface DateRange {
  from: CalendarDate;
  through: CalendarDate;
}

/**
 * OH COA guide, "Process if a current NF resident becomes hospitalized": bed-hold days are limited
 * per calendar year, and once the year's days are used a LOC is needed again. The days past the
 * limit, up to the last day asked about, counted over every stay in date order (a day on two
 * overlapping leaves counts once), as ranges: worked out per leave and per year, not per day.
 */
export function bedHoldOverLimit(facts: CoverageFacts): DateRange[] {
  const last = dayNumber(facts.to);
  const leaves: [number, number][] = [];
  for (const stay of facts.stays) {
    for (const leave of stay.leavePeriods) {
      if (leave.kind !== "HOSPITAL_LEAVE") continue;
      // `returnedOn` (or the discharge) is the first day no longer on leave.
      const end = leave.returnedOn ?? stay.dischargedOn;
      const range: [number, number] = [dayNumber(leave.leftOn), Math.min(end === null ? last : dayNumber(end) - 1, last)];
      if (range[0] <= range[1]) leaves.push(range);
    }
  }
  if (leaves.length === 0) return [];
  leaves.sort((a, b) => a[0] - b[0]);
  // The first day of a year past its limit is the (limit + 1)-th leave day of that year.
  const firstOver = Math.max(1, Math.floor(facts.bedHoldDaysPerYear) + 1);
  const over: DateRange[] = [];
  let nextYear = -Infinity;
  let used = 0;
  let day = -Infinity; // the first day not yet counted: overlapping leaves count their shared days once
  for (const [leftOn, lastOnLeave] of leaves) {
    for (day = Math.max(day, leftOn); day <= lastOnLeave; ) {
      if (day >= nextYear) {
        const year = Number(fromDayNumber(day).slice(0, 4));
        nextYear = dayNumber(`${String(year + 1).padStart(4, "0")}-01-01`);
        used = 0;
      }
      const through = Math.min(lastOnLeave, nextYear - 1);
      const overFrom = day + Math.max(0, firstOver - used - 1);
      if (overFrom <= through) over.push({ from: fromDayNumber(overFrom), through: fromDayNumber(through) });
      used += through - day + 1;
      day = through + 1;
    }
  }
  return over;
}

/** Whether a day falls in one of the ranges. */
export const inRanges = (ranges: readonly DateRange[], day: CalendarDate): boolean => ranges.some((r) => r.from <= day && day <= r.through);
