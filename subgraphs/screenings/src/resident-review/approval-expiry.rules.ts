import { addDays } from "@pasrr/calendar/calendar-date";
import type { PasrrPolicy } from "../policy/policy.model.ts";

/**
 * When the subsequent screen for a time-limited Level II approval is due: the state's lead time
 * before the approval's last day (CT newsletters, PASRR reminders: "no later than 7-10 days prior
 * to the current approval expiring"), or the last day itself where the state gives none (domain
 * README, step 4: a review is due "when a time-limited approval expires"). Never before `from`,
 * the day the clock starts (an admission, or the determination for someone already resident):
 * an approval that ends within the lead time needs its screen at once.
 */
export function renewalDue(approvedThrough: string, from: string, policy: Pick<PasrrPolicy, "levelTwoRenewalLeadDays">): { dueOn: string; source: string } {
  const lead = policy.levelTwoRenewalLeadDays;
  const dueOn = addDays(approvedThrough, -(lead.value ?? 0));
  return { dueOn: dueOn < from ? from : dueOn, source: lead.source };
}
