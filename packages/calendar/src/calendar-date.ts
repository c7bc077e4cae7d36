/**
 * Calendar dates as the partner contract writes them: ISO `YYYY-MM-DD`, no time, no zone.
 * The one place the hub does arithmetic on them. Every function here counts on a date being
 * midnight UTC, where no daylight-saving change can move a day; the time zone matters only
 * when an instant becomes a date (`dateInTimeZone`, used by the clock).
 */
export type CalendarDate = string;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const digit = (date: CalendarDate, at: number) => date.charCodeAt(at) - 48;

/**
 * A real date written `YYYY-MM-DD`: checked by arithmetic, without a Date, since every date a
 * partner sends or reads passes here. Years before 100 are refused, as they always were: the Date
 * check this replaced read them as 1900–1999.
 */
export function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : monthDays[month - 1]!);

/** Prisma hands `@db.Date` columns over as UTC midnight; the contract speaks in calendar dates. */
export const fromUtcMidnight = (value: Date): CalendarDate => value.toISOString().slice(0, 10);
export const toUtcMidnight = (value: CalendarDate): Date => new Date(`${value}T00:00:00.000Z`);

/**
 * The day number of a date: whole days since 1970-01-01 (negative before it), in integer
 * arithmetic on the text, so no Date is made. Coverage walks many dates per claim line, and a
 * Date parse and format per step was most of its time. The algorithm is Howard Hinnant's public
 * domain `days_from_civil` (https://howardhinnant.github.io/date_algorithms.html): the year is
 * counted from March, so the leap day is the last day of its year, and 400-year eras repeat.
 */
export function dayNumber(date: CalendarDate): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0…399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0…365, from March 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear; // 0…146096
  return era * 146_097 + dayOfEra - 719_468;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** The date of a day number (`dayNumber`'s inverse): Hinnant's `civil_from_days`, integer arithmetic only. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0…146096
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365); // 0…399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // 0…365, from March 1
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0…11, March = 0
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(day)}`;
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

/** Orders two dates (ISO dates sort as text): negative, 0 or positive, as `Array.prototype.sort` expects. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CalendarDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

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
