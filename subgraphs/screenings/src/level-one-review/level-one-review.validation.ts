import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { pastOrToday, recordId } from "../screenings.validation.ts";
import { LevelOneReviewDecision } from "./level-one-review.input.ts";

/** A PAA's review of a Level I: dates not in the future; findings trimmed, empty as none. */
export const reviewLevelOneScreenSchema = (today: CalendarDate) =>
  z.object({
    screenId: recordId,
    decision: z.enum(LevelOneReviewDecision),
    reviewedOn: pastOrToday(today),
    findings: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .transform((text) => text || null),
    receivedCompleteOn: pastOrToday(today)
      .nullish()
      .transform((day) => day ?? null),
  });
