import type { CalendarDate } from "@pasrr/platform";

/**
 * Determinations as the hub knew them on a day. A determination is never edited, only superseded
 * by a newer one (levelofcare issue, item 2: "history stays readable (as of any date)"), so the
 * record on any past day is exactly the rows recorded by the end of that day (UTC): a supersession
 * counts from the day its successor was recorded, and later rows did not exist yet.
 */
export const endOfDay = (day: CalendarDate) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

export function knownOn<T extends { determinedAt: Date }>(rows: readonly T[], asOf: CalendarDate | null | undefined): T[] {
  if (!asOf) return [...rows];
  const end = endOfDay(asOf).getTime();
  return rows.filter((row) => row.determinedAt.getTime() < end);
}

/** The rows no other row in the list supersedes: what stood (a successor is always about the same person). */
export function standing<T extends { id: string; supersedesId: string | null }>(rows: readonly T[]): T[] {
  const superseded = new Set(rows.map((row) => row.supersedesId));
  return rows.filter((row) => !superseded.has(row.id));
}
