import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { CategoricalDecisionOutcome } from "../enums.type.ts";
import { pastOrToday, recordId } from "../screenings.validation.ts";

/** A deciding authority's decision on a requested categorical, dated not in the future, with its reason. */
export const decideCategoricalSchema = (today: CalendarDate) =>
  z.object({
    screenId: recordId,
    decision: z.enum(CategoricalDecisionOutcome),
    decidedOn: pastOrToday(today),
    reason: z.string().trim().min(1, "is required: why no Level II is needed (CO 8.401.184 F), or why the categorical is denied").max(2000),
  });
