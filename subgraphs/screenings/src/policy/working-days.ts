import { addDays, weekday } from "@pasrr/platform";
import type { Duration } from "./policy.types.ts";

/** Calendar arithmetic on YYYY-MM-DD dates: the platform's calendar module, under the name the rules use. */
export const addCalendarDays: (date: string, days: number) => string = addDays;

/** A working day is neither Saturday, Sunday nor a configured state holiday. */
export function isWorkingDay(date: string, holidays: readonly string[]): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.includes(date);
}

/** The date `amount` working days after `date` (CO 8.401.202 C: "within 10 working days of the referral"). */
export function addWorkingDays(date: string, amount: number, holidays: readonly string[]): string {
  let day = date;
  for (let counted = 0; counted < amount; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return day;
}

export function dueAfter(date: string, duration: Duration, holidays: readonly string[]): string {
  return duration.unit === "WORKING_DAYS" ? addWorkingDays(date, duration.amount, holidays) : addCalendarDays(date, duration.amount);
}

/**
 * The last day of a stay limited to `days` days starting on `from` (day 1): a 30-day hospital
 * exemption beginning on the 1st runs through the 30th, when the Resident Review is due.
 */
export const lastDayOf = (from: string, days: number): string => addCalendarDays(from, days - 1);
