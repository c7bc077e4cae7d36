import Holidays from "date-holidays";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";

/** A holiday calendar the library knows: the US federal holidays (`US`) or one state's (`US-OH`). */
export type HolidayRegion = "US" | `US-${string}`;

const calendars = new Map<HolidayRegion, Holidays>();
const years = new Map<string, ReadonlySet<CalendarDate>>();

function calendarOf(region: HolidayRegion): Holidays {
  let calendar = calendars.get(region);
  if (!calendar) {
    const [country, state] = region.split("-") as [string, string | undefined];
    calendar = state ? new Holidays(country, state) : new Holidays(country);
    calendars.set(region, calendar);
  }
  return calendar;
}

/**
 * A region's public holidays in a year, as the date-holidays library computes them from the rules
 * it ships (nothing is downloaded, and any year works, so the list never runs out the way a
 * configured list of dates does). Only `public` days count: a state's own holidays and their
 * observed days (Independence Day on a Saturday is observed on the Friday), not observances such
 * as Valentine's Day. The library gives each day as "YYYY-MM-DD hh:mm:ss", a wall-clock date, so
 * no time zone enters here.
 */
export function publicHolidays(region: HolidayRegion, year: number): ReadonlySet<CalendarDate> {
  const key = `${region}:${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Set(
      calendarOf(region)
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    years.set(key, days);
  }
  return days;
}

export const isPublicHoliday = (region: HolidayRegion, date: CalendarDate): boolean => publicHolidays(region, Number(date.slice(0, 4))).has(date);
