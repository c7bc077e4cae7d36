import { DateScalar, DateTimeScalar, fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import { GraphQLError, parseValue } from "graphql";
import { describe, expect, it } from "vitest";

function expectBadUserInput(attempt: () => unknown): void {
  let thrown: unknown;
  try {
    attempt();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(GraphQLError);
  expect((thrown as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
}

describe("Date", () => {
  it("accepts a real calendar date, including 29 February of a leap year, as variable or literal", () => {
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(DateScalar.parseValue("2026-12-31")).toBe("2026-12-31");
    expect(DateScalar.parseLiteral(parseValue('"2024-02-29"'), undefined)).toBe("2024-02-29");
  });

  it.each(["2023-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-1-05", "20260105", "2026-01-05T00:00:00Z", " 2026-01-05", ""])(
    "refuses %j with BAD_USER_INPUT",
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
      expectBadUserInput(() => DateScalar.parseValue(value));
      expectBadUserInput(() => DateScalar.parseLiteral(parseValue(JSON.stringify(value)), undefined));
    },
  );

  it("refuses numbers and other non-strings, as variable or literal", () => {
    for (const value of [20260105, null, true, { year: 2026 }]) expectBadUserInput(() => DateScalar.parseValue(value));
    expectBadUserInput(() => DateScalar.parseLiteral(parseValue("20260105"), undefined));
  });

  it("serialises a JS Date at UTC midnight to YYYY-MM-DD and refuses to serialise an impossible date string", () => {
    expect(DateScalar.serialize(new Date(Date.UTC(2026, 0, 5)))).toBe("2026-01-05");
    expect(DateScalar.serialize("2024-02-29")).toBe("2024-02-29");
    expectBadUserInput(() => DateScalar.serialize("2023-02-29"));
  });

  it.each(["2024-02-29", "2026-01-05", "1900-03-01", "9999-12-31"])("round-trips %s through toDbDate and fromDbDate", (date) => {
    const stored = toDbDate(date);
    expect(stored.getUTCHours() + stored.getUTCMinutes() + stored.getUTCSeconds() + stored.getUTCMilliseconds()).toBe(0);
    expect(fromDbDate(stored)).toBe(date);
  });
});

describe("DateTime", () => {
  it("accepts an ISO instant with Z or an offset and keeps the instant", () => {
    expect((DateTimeScalar.parseValue("2026-03-31T14:05:00Z") as Date).toISOString()).toBe("2026-03-31T14:05:00.000Z");
    expect((DateTimeScalar.parseValue("2026-03-31T14:05:00.123+02:00") as Date).toISOString()).toBe("2026-03-31T12:05:00.123Z");
    expect((DateTimeScalar.parseLiteral(parseValue('"2026-03-31T14:05:00-05:00"'), undefined) as Date).toISOString()).toBe("2026-03-31T19:05:00.000Z");
  });

  it.each(["2026-03-31T14:05:00", "2026-03-31", "2026-03-31 14:05:00Z", "2026-13-31T14:05:00Z", "yesterday"])(
    "refuses %j: an instant needs a date, a time and a zone",
    (value) => {
      expectBadUserInput(() => DateTimeScalar.parseValue(value));
    },
  );

  it.each(["2026-02-30T00:00:00Z", "2026-04-31T10:00:00+02:00"])("refuses %j: an impossible calendar day is not rolled into the next month", (value) => {
    expectBadUserInput(() => DateTimeScalar.parseValue(value));
  });

  it("refuses a number and serialises a Date as an ISO instant in UTC", () => {
    expectBadUserInput(() => DateTimeScalar.parseValue(1774965900000));
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 2, 31, 14, 5)))).toBe("2026-03-31T14:05:00.000Z");
    expect(DateTimeScalar.serialize("2026-03-31T16:05:00+02:00")).toBe("2026-03-31T14:05:00.000Z");
  });
});
