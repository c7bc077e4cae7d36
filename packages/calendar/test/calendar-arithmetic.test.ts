import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, fromDayNumber, isCalendarDate, weekday } from "@pasrr/calendar/calendar-date";

/** What Date says, the slow way the arithmetic replaced: the yardstick for every day below. */
const dayMs = 86_400_000;
const dateOf = (days: number) => new Date(days * dayMs).toISOString().slice(0, 10);
const daysOf = (date: string) => Date.parse(`${date}T00:00:00.000Z`) / dayMs;
/** The Date check `isCalendarDate` replaced: a date is real when Date.UTC gives back its own parts. */
function realByDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe("calendar arithmetic without Date (day numbers since 1970-01-01)", () => {
  it("agrees with Date on every day from 1895 to 2105 and from 2395 to 2405 (leap years, 1900, 2000, 2100 and 2400, every month end)", () => {
    let mismatches = 0;
    for (const [from, through] of [
      ["1895-01-01", "2105-12-31"],
      ["2395-01-01", "2405-12-31"],
    ] as const) {
      for (let days = daysOf(from); days <= daysOf(through); days += 1) {
        const date = dateOf(days);
        if (dayNumber(date) !== days || fromDayNumber(days) !== date || weekday(date) !== new Date(days * dayMs).getUTCDay() || !isCalendarDate(date))
          mismatches += 1;
      }
    }
    expect(mismatches).toBe(0);
  });

  it("knows which century years are leap years: 2000 is, 1900 and 2100 are not", () => {
    expect(addDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2000-02-29", 1)).toBe("2000-03-01");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2000-01-01", "2001-01-01")).toBe(366);
    expect(daysBetween("2100-01-01", "2101-01-01")).toBe(365);
  });

  it("the epoch, the days before it and years before 1000 keep their four-digit form", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(-1)).toBe("1969-12-31");
    expect(fromDayNumber(daysOf("0999-12-31"))).toBe("0999-12-31");
    expect(addDays("0999-12-31", 1)).toBe("1000-01-01");
  });

  it("adds and counts large steps across centuries exactly as Date does", () => {
    const starts = ["1899-12-31", "1900-02-28", "1999-12-31", "2000-02-29", "2026-01-31", "2099-03-01", "2100-12-31"];
    for (const start of starts) {
      for (const step of [-146_097, -36_525, -1461, -366, -365, -31, -1, 0, 1, 28, 29, 30, 31, 365, 366, 1461, 36_524, 146_097]) {
        const expected = dateOf(daysOf(start) + step);
        expect(addDays(start, step)).toBe(expected);
        expect(daysBetween(start, expected)).toBe(step);
      }
    }
  });

  it("tells a real date from a false one as Date did: every month's last day, February 29 in leap years only, no month 0 or 13, no day 0 or 32", () => {
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    let checked = 0;
    let mismatches: string[] = [];
    for (const year of [0, 1, 99, 100, 999, 1600, 1700, 1800, 1900, 1999, 2000, 2023, 2024, 2025, 2026, 2028, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          checked += 1;
          if (isCalendarDate(value) !== realByDate(value)) mismatches.push(value);
        }
      }
    }
    for (const value of ["2026-3-01", "2026-03-1", "20260301", "2026-03-01T00:00", " 2026-03-01", "２０２６-03-01", "2026-0a-01", ""]) {
      expect(isCalendarDate(value)).toBe(false);
    }
    mismatches = mismatches.slice(0, 10);
    expect(checked).toBe(19 * 14 * 33);
    expect(mismatches).toEqual([]);
  });
});
