import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

import { fromUtcMidnight, isCalendarDate, toUtcMidnight, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** Prisma hands `@db.Date` columns over as UTC midnight; the contract speaks in calendar dates. */
export const fromDbDate: (value: Date) => CalendarDate = fromUtcMidnight;
export const toDbDate: (value: CalendarDate) => Date = toUtcMidnight;

/**
 * `node`: the value as written in the query. graphql-js reports a literal's GraphQLError as it is
 * thrown, so the error carries the node itself: its location, and the field it belongs to
 * (input-errors/input-error-fields.plugin.ts).
 */
function parseCalendarDate(value: unknown, node?: ValueNode): CalendarDate {
  if (typeof value !== "string" || !isCalendarDate(value)) {
    throw new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      nodes: node,
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: "Date",
  description: "A calendar date, ISO 8601 `YYYY-MM-DD` (for example 2026-03-31). Dates carry no time zone.",
  serialize: (value) => (value instanceof Date ? fromDbDate(value) : parseCalendarDate(value)),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown, node?: ValueNode): Date {
  // The calendar part is checked too: `new Date` would quietly roll 2026-02-30 into March.
  const valid = typeof value === "string" && isoInstant.test(value) && isCalendarDate(value.slice(0, 10));
  const date = valid ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime must be an ISO 8601 instant with a zone, e.g. 2026-03-31T14:05:00Z (got ${JSON.stringify(value)})`, {
      nodes: node,
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601 with a zone (for example 2026-03-31T14:05:00.000Z).",
  serialize: (value) => (value instanceof Date ? value : parseInstant(value)).toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
