import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { pastOrToday, recordId } from "../screenings.validation.ts";

/** An appeal as filed: the determination, a filing date not in the future, the grounds. */
export const fileAppealSchema = (today: CalendarDate) =>
  z.object({ determinationId: recordId, filedOn: pastOrToday(today), grounds: z.string().trim().min(1, "is required").max(4000) });

/** The state agency's decision on an appeal, dated not in the future. */
export const decideAppealSchema = (today: CalendarDate) =>
  z.object({ appealId: recordId, decision: z.enum(["UPHELD", "OVERTURNED"]), decidedOn: pastOrToday(today) });
