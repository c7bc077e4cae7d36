import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * CT AssessmentPro newsletters: a renewal "is submitted 7–10 days before" an approval expires,
 * so the worklist looks 10 days ahead by default.
 */
export const defaultRenewalWindowDays = 10;
export const maxRenewalWindowDays = 60;

/** The expiry dates that fall due for renewal on `asOf`: from that day through the window's last day. */
export const renewalWindow = (asOf: CalendarDate, withinDays: number) => ({ from: asOf, through: addDays(asOf, withinDays) });
