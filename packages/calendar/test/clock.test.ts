import { describe, expect, it } from "vitest";
import { addDays, compareDates, dateInTimeZone, daysBetween, isCalendarDate, startOfDayIn } from "@pasrr/calendar/calendar-date";
import { fixedClock, systemClock } from "@pasrr/calendar/clock";
import { loadClock } from "@pasrr/calendar/clock-config";
import { ConfigError } from "@pasrr/config/config-error";

describe("calendar dates", () => {
  it("adds and counts days across month, year and leap-day boundaries", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-22", "2027-03-13")).toBe(111);
    expect(daysBetween("2027-03-13", "2026-11-22")).toBe(-111);
    expect(compareDates("2026-01-02", "2026-01-10")).toBeLessThan(0);
    expect(isCalendarDate("2026-02-29")).toBe(false);
  });

  it("a day is a day across a daylight-saving change: no date is skipped or repeated", () => {
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
  });
});

describe("the clock: today is the state's date in the state's time zone", () => {
  it("at 8 pm in New York on D it is still D there, while UTC says D+1", () => {
    const eightPm = new Date("2026-12-04T20:00:00-05:00");
    expect(eightPm.toISOString().slice(0, 10)).toBe("2026-12-05");
    expect(dateInTimeZone(eightPm, "America/New_York")).toBe("2026-12-04");
    expect(systemClock("America/New_York").timeZone).toBe("America/New_York");
  });

  it("follows daylight-saving time: 11:30 pm the evening before and after each change is still that evening", () => {
    // DST starts 2026-03-08 at 2 am Eastern (UTC-5 → UTC-4) and ends 2026-11-01 at 2 am (UTC-4 → UTC-5).
    expect(dateInTimeZone(new Date("2026-03-08T04:30:00Z"), "America/New_York")).toBe("2026-03-07"); // 11:30 pm EST
    expect(dateInTimeZone(new Date("2026-03-09T03:30:00Z"), "America/New_York")).toBe("2026-03-08"); // 11:30 pm EDT
    expect(dateInTimeZone(new Date("2026-11-01T03:30:00Z"), "America/New_York")).toBe("2026-10-31"); // 11:30 pm EDT
    expect(dateInTimeZone(new Date("2026-11-02T04:30:00Z"), "America/New_York")).toBe("2026-11-01"); // 11:30 pm EST
    expect(dateInTimeZone(new Date("2026-11-02T05:30:00Z"), "America/Denver")).toBe("2026-11-01"); // 10:30 pm MST
  });

  it("a day begins at midnight in the zone, in winter and in summer time", () => {
    expect(startOfDayIn("2026-12-04", "America/New_York").toISOString()).toBe("2026-12-04T05:00:00.000Z");
    expect(startOfDayIn("2026-07-04", "America/New_York").toISOString()).toBe("2026-07-04T04:00:00.000Z");
    expect(startOfDayIn("2026-03-08", "America/Denver").toISOString()).toBe("2026-03-08T07:00:00.000Z"); // the spring-forward day
    expect(startOfDayIn("2026-11-02", "America/Chicago").toISOString()).toBe("2026-11-02T06:00:00.000Z"); // the day after fall-back
  });

  it("a pinned clock keeps its today and moves now() onto that day, instants still in order", () => {
    const real = new Date("2026-12-04T15:00:00Z");
    const clock = fixedClock("2029-10-15", "America/Chicago", () => real);
    expect(clock.today()).toBe("2029-10-15");
    expect(dateInTimeZone(clock.now(), "America/Chicago")).toBe("2029-10-15");
  });
});

describe("clock configuration", () => {
  it("takes the zone from the state's policy pack, HUB_TIME_ZONE over it", () => {
    expect(loadClock({ PASRR_POLICY_STATE: "CO" }, "development").timeZone).toBe("America/Denver");
    expect(loadClock({ PASRR_POLICY_STATE: "MN" }, "development").timeZone).toBe("America/Chicago");
    expect(loadClock({}, "development").timeZone).toBe("America/New_York");
    expect(loadClock({ PASRR_POLICY_STATE: "OH", HUB_TIME_ZONE: "America/Chicago" }, "development").timeZone).toBe("America/Chicago");
    expect(() => loadClock({ HUB_TIME_ZONE: "Mars/Olympus" }, "development")).toThrow(/HUB_TIME_ZONE/);
  });

  it("HUB_TODAY pins today outside production", () => {
    expect(loadClock({ HUB_TODAY: "2029-10-15" }, "test").today()).toBe("2029-10-15");
    expect(() => loadClock({ HUB_TODAY: "2029-02-30" }, "test")).toThrow(/HUB_TODAY/);
  });

  it("HUB_TODAY is refused in production, naming the variable", () => {
    expect(() => loadClock({ HUB_TODAY: "2029-10-15" }, "production")).toThrow(ConfigError);
    expect(() => loadClock({ HUB_TODAY: "2029-10-15" }, "production")).toThrow(/^HUB_TODAY: .*production/);
  });
});
