import { addDays, dateInTimeZone, daysBetween, type CalendarDate } from "./calendar-date.ts";

/**
 * The hub's one source of "now" and "today". Today is the state's calendar date in the state's
 * time zone, not UTC's: an admission entered at 8 pm in Ohio is entered on Ohio's today.
 * Resolvers read it from `ctx.services.clock`; rules never read a clock, they take `today` as an argument.
 */
export interface Clock {
  readonly timeZone: string;
  now(): Date;
  today(): CalendarDate;
}

export function systemClock(timeZone: string): Clock {
  return {
    timeZone,
    now: () => new Date(),
    today: () => dateInTimeZone(new Date(), timeZone),
  };
}

/**
 * A clock whose today is pinned (HUB_TODAY, tests, demos). Its `now()` still moves, shifted by
 * whole days onto the pinned date, so instants written one after another (createdAt, resolvedAt)
 * keep their order and fall on the pinned day.
 */
export function fixedClock(today: CalendarDate, timeZone: string, real: () => Date = () => new Date()): Clock {
  const shiftMs = daysBetween(dateInTimeZone(real(), timeZone), today) * 86_400_000;
  return {
    timeZone,
    now: () => new Date(real().getTime() + shiftMs),
    today: () => today,
  };
}

/** `today` moved by `days` (negative for the past): demo data and examples say "N days ago" with it. */
export const daysFrom = (clock: Clock, days: number): CalendarDate => addDays(clock.today(), days);
