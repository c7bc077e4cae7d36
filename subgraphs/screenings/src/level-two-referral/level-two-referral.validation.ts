import { z } from "zod";
import { LevelTwoAuthority, ReferralStatus } from "../generated/prisma/enums.ts";
import { calendarDate, recordId } from "../screenings.validation.ts";

/** The referral worklist's filter: ids the hub gave out, dates written YYYY-MM-DD. */
export const referralFilterSchema = z.object({
  status: z.enum(ReferralStatus).nullish(),
  authority: z.enum(LevelTwoAuthority).nullish(),
  individualId: recordId.nullish(),
  facilityId: recordId.nullish(),
  dueOnOrBefore: calendarDate.nullish(),
  overdueAsOf: calendarDate.nullish(),
});
export type ReferralFilter = z.input<typeof referralFilterSchema>;
