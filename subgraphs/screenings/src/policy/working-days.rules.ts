import { addDays, weekday, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Duration, PasrrPolicy } from "./policy.model.ts";
import { isPublicHoliday } from "./state-holidays.rules.ts";

/** Whether a weekday is nonetheless not a working day (a holiday, a closure). */
export type Holidays = (date: CalendarDate) => boolean;

/**
 * The days a pack does not work besides weekends: the state's public holidays from its holiday
 * calendar (the seeds say "working days" and "business days" and list none, so the state's own
 * calendar decides), and any closures the deployment adds (PASRR_STATE_HOLIDAYS).
 */
export const holidaysOf =
  (policy: Pick<PasrrPolicy, "holidayCalendar" | "holidays">): Holidays =>
  (date) =>
    isPublicHoliday(policy.holidayCalendar.value, date) || policy.holidays.value.includes(date);

/** A working day is neither Saturday, Sunday nor a holiday. */
export function isWorkingDay(date: string, holidays: Holidays): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays(date);
}

/** The date `amount` working days after `date` (CO 8.401.202 C: "within 10 working days of the referral"). */
export function addWorkingDays(date: string, amount: number, holidays: Holidays): string {
  let day = date;
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return day;
}

export function dueAfter(date: string, duration: Duration, holidays: Holidays): string {
  return duration.unit === "WORKING_DAYS" ? addWorkingDays(date, duration.amount, holidays) : addDays(date, duration.amount);
}

/**
 * The last day of a stay limited to `days` days starting on `from` (day 1): a 30-day hospital
 * exemption beginning on the 1st runs through the 30th, when the Resident Review is due.
 */
export const lastDayOf = (from: string, days: number): string => addDays(from, days - 1);
