import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * CT AssessmentPro newsletters (seeds/ct-pasrr-assessmentpro-newsletters.txt, "PASRR Reminders"):
 * "A subsequent Level of Care Screen is needed when the current approval is roughly 7-10 days from
 * expiring" and screens "need to be submitted no later than 7-10 days prior to the current
 * approval expiring": the renewal is due, at the latest, 7 days before the approval's last day.
 */
export const renewalLeadDays = 7;
export const renewalDueOn = (expiresOn: CalendarDate): CalendarDate => addDays(expiresOn, -renewalLeadDays);

/** The windows the worklist offers; 10 days is the hub's default (the newsletters' "7-10 days"). */
export const renewalWindows = [10, 30, 60] as const;
