import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** Two years of days at most: a claim period is a month, a review a year. */
export const maxDays = 731;

/**
 * What keeps the days from–to from being one coverage question: `to` before `from`, or more than
 * `maxDays` days.
 */
export function periodProblem(from: CalendarDate, to: CalendarDate): "TO_BEFORE_FROM" | "TOO_MANY_DAYS" | undefined {
  if (to < from) return "TO_BEFORE_FROM";
  if (addDays(from, maxDays - 1) < to) return "TOO_MANY_DAYS";
  return undefined;
}
