import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import { z } from "zod";

export const recordId = z
  .string()
  .refine(isRecordId, "is not an id the hub gave out")
  .transform((id) => id.toLowerCase());
export const calendarDate = z.string().refine(isCalendarDate, "must be a date written YYYY-MM-DD");
/** A date on or before `today` (the hub clock's, ctx.services.clock): what has happened cannot be dated later. */
export const pastOrToday = (today: CalendarDate) => calendarDate.refine((date) => date <= today, "may not be in the future");
/** A county name: letters, spaces, dots, apostrophes and hyphens, as the submitter writes it. */
export const countyName = z
  .string()
  .trim()
  .min(1, "is required")
  .max(60)
  .regex(/^[\p{L}][\p{L} .'-]*$/u, "is not a county name");
