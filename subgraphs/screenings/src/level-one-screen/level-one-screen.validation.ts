import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { CurrentSetting, DementiaDiagnosis, ReasonForScreening, RequestedDetermination } from "../generated/prisma/enums.ts";
import { pastOrToday, recordId } from "../screenings.validation.ts";

const flag = z.boolean();
/** CO 8.401.191 A and B: the findings a Level I records. */
export const mentalIllnessSchema = z.object({
  diagnosis: flag,
  intensiveTreatmentWithinTwoYears: flag,
  psychotropicWithoutDiagnosis: flag,
  presentingEvidence: flag,
});
export const developmentalDisabilitySchema = z.object({
  diagnosis: flag,
  history: flag,
  presentingEvidence: flag,
  referredByDdAgency: flag,
  relatedConditionOnsetBefore22: flag,
});

/** The rules a Level I input must meet beyond its GraphQL types. */
export const levelOneScreenSchema = (today: CalendarDate) =>
  z
    .object({
      individualId: recordId,
      screenedOn: pastOrToday(today),
      // The facility decides the scope and the county (the registry's), so every filer names one.
      facilityId: recordId,
      // Deprecated: accepted and ignored; the registry's county of facilityId is stored.
      facilityCounty: z.string().nullish(),
      reasonForScreening: z.enum(ReasonForScreening),
      currentSetting: z.enum(CurrentSetting),
      mentalIllness: mentalIllnessSchema,
      developmentalDisability: developmentalDisabilitySchema,
      dementia: z.enum(DementiaDiagnosis),
      dangerToSelfOrOthers: flag,
      request: z
        .object({
          kind: z.enum(RequestedDetermination),
          physicianCertifiedStayUnder30Days: flag,
          expectedStayDays: z.number().int().min(1, "must be at least 1 day").max(3650).nullish(),
          residesOutOfState: flag.default(false),
          hospitalOutOfState: flag.default(false),
        })
        .nullish()
        .transform((request) => request ?? null),
    })
    .superRefine((input, ctx) => {
      const request = input.request;
      if (request?.physicianCertifiedStayUnder30Days && request.expectedStayDays != null && request.expectedStayDays >= 30) {
        ctx.addIssue({ code: "custom", path: ["request", "expectedStayDays"], message: "contradicts a certified stay under 30 days" });
      }
      // CT newsletters, "Reasons for Screening": a NF applicant is in a hospital or the community, not a NF.
      if (input.reasonForScreening.startsWith("NF_APPLICANT") && input.currentSetting === "NURSING_FACILITY") {
        ctx.addIssue({ code: "custom", path: ["reasonForScreening"], message: "a nursing facility applicant is not already in a nursing facility" });
      }
    });
export type LevelOneScreenSubmission = z.output<ReturnType<typeof levelOneScreenSchema>>;
