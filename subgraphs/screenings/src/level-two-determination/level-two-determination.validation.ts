import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { ApprovalPeriod } from "../generated/prisma/enums.ts";
import { calendarDate, pastOrToday, recordId } from "../screenings.validation.ts";

/** The rules a determination input must meet beyond its GraphQL types. */
export const determinationSchema = (today: CalendarDate) =>
  z
    .object({
      referralId: recordId,
      conditionConfirmed: z.boolean(),
      seriousMentalIllnessPrimary: z
        .boolean()
        .nullish()
        .transform((v) => v ?? null),
      needsNursingFacilityServices: z.boolean(),
      needsSpecializedServices: z.boolean(),
      recommendedServices: z.array(z.string().trim().min(1, "may not be blank").max(500)).max(50),
      approvalPeriod: z
        .enum(ApprovalPeriod)
        .nullish()
        .transform((v) => v ?? null),
      approvedThrough: calendarDate.nullish().transform((v) => v ?? null),
      evaluatorName: z.string().trim().min(1, "is required").max(200),
      evaluatedOn: pastOrToday(today),
      determinedOn: pastOrToday(today),
      hasRepresentative: z.boolean(),
      admittingFacilityId: recordId.nullish().transform((v) => v ?? null),
      inpatientPsychiatricCareNeeded: z.boolean(),
      diagnosticAssessmentPending: z.boolean(),
    })
    .superRefine((input, ctx) => {
      // A time-limited approval without its last day is for levelTwoOutcome: IL's pack gives about six months.
      if (input.approvalPeriod === "ONGOING" && input.approvedThrough) {
        ctx.addIssue({ code: "custom", path: ["approvedThrough"], message: "must be empty for an ongoing approval" });
      }
      if (input.approvedThrough && input.approvedThrough <= input.determinedOn) {
        ctx.addIssue({ code: "custom", path: ["approvedThrough"], message: "must be after the determination date" });
      }
      if (input.evaluatedOn > input.determinedOn) {
        ctx.addIssue({ code: "custom", path: ["evaluatedOn"], message: "may not be after the determination date" });
      }
    });
export type DeterminationSubmission = z.output<ReturnType<typeof determinationSchema>>;
