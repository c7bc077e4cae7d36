import { addDays, startOfDayIn, type CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * Determinations as the hub knew them on a day. A determination is never edited, only superseded
 * by a newer one (levelofcare issue, item 2: "history stays readable (as of any date)"), so the
 * record on any past day is exactly the rows recorded by the end of that day in the state's time
 * zone (the hub clock's, the same calendar "today" is on): a supersession counts from the day its
 * successor was recorded, and later rows did not exist yet.
 */
export const endOfDay = (day: CalendarDate, timeZone: string) => startOfDayIn(addDays(day, 1), timeZone);

export function knownOn<T extends { determinedAt: Date }>(rows: readonly T[], asOf: CalendarDate | null | undefined, timeZone: string): T[] {
  if (!asOf) return [...rows];
  const end = endOfDay(asOf, timeZone).getTime();
  return rows.filter((row) => row.determinedAt.getTime() < end);
}

/** The rows no other row in the list supersedes: what stood (a successor is always about the same person). */
export function standing<T extends { id: string; supersedesId: string | null }>(rows: readonly T[]): T[] {
  const superseded = new Set(rows.map((row) => row.supersedesId));
  return rows.filter((row) => !superseded.has(row.id));
}
