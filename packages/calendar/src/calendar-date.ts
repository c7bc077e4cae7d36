/**
 * Calendar dates as the partner contract writes them: ISO `YYYY-MM-DD`, no time, no zone.
 * The one place the hub does arithmetic on them. Every function here counts on a date being
 * midnight UTC, where no daylight-saving change can move a day; the time zone matters only
 * when an instant becomes a date (`dateInTimeZone`, used by the clock).
 */
export type CalendarDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Prisma hands `@db.Date` columns over as UTC midnight; the contract speaks in calendar dates. */
export const fromUtcMidnight = (value: Date): CalendarDate => value.toISOString().slice(0, 10);
export const toUtcMidnight = (value: CalendarDate): Date => new Date(`${value}T00:00:00.000Z`);

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromUtcMidnight(new Date(toUtcMidnight(date).getTime() + days * dayMs));

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / dayMs);

/** Orders two dates (ISO dates sort as text): negative, 0 or positive, as `Array.prototype.sort` expects. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CalendarDate): number => toUtcMidnight(date).getUTCDay();

/**
 * One formatter per time zone: making an `Intl.DateTimeFormat` costs ~100 times formatting with
 * one, and a claim batch turns 10,000s of stored instants into dates (screenings' compliance
 * records), so a formatter per call was most of a batch's time. Formatters are immutable.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (timeZone: string) => {
  let format = dayFormats.get(timeZone);
  // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that locale detail anyway.
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return format;
};

/** The date an instant falls on in an IANA time zone: at 8 pm in New York, UTC is already tomorrow. */
export function dateInTimeZone(instant: Date, timeZone: string): CalendarDate {
  const parts = dayFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The zone's offset from UTC at an instant, in ms (New York in winter: -5 h). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)!.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a date begins in an IANA time zone (midnight there). Asked twice, because the
 * offset at UTC midnight may differ from the offset at local midnight on a daylight-saving day;
 * US zones change at 2 am, so local midnight always exists.
 */
export function startOfDayIn(date: CalendarDate, timeZone: string): Date {
  const utcMidnight = toUtcMidnight(date).getTime();
  const guess = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - zoneOffsetMs(new Date(guess), timeZone));
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: value });
    return true;
  } catch {
    return false; // RangeError: not an IANA zone this runtime knows; the caller reports it
  }
}
