import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, fromDayNumber, weekday } from "@pasrr/calendar/calendar-date";

/** What Date says, the slow way the arithmetic replaced: the yardstick for every day below. */
const dayMs = 86_400_000;
const dateOf = (days: number) => new Date(days * dayMs).toISOString().slice(0, 10);
const daysOf = (date: string) => Date.parse(`${date}T00:00:00.000Z`) / dayMs;

describe("calendar arithmetic without Date (day numbers since 1970-01-01)", () => {
  it("agrees with Date on every day from 1800-01-01 to 2400-12-31 (leap years, 1900, 2000 and 2100, every month end)", () => {
    const first = daysOf("1800-01-01");
    const last = daysOf("2400-12-31");
    let mismatches = 0;
    for (let days = first; days <= last; days += 1) {
      const date = dateOf(days);
      if (dayNumber(date) !== days || fromDayNumber(days) !== date || weekday(date) !== new Date(days * dayMs).getUTCDay()) mismatches += 1;
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
});
