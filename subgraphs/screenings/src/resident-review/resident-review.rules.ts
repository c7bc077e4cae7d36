import type { CategoricalType, PasrrPolicy } from "../policy/policy.types.ts";
import { addCalendarDays, lastDayOf } from "../policy/working-days.ts";
import type { Outcome } from "../outcome/outcome.rules.ts";

const oh = "oh-coa-pre-admission-review.txt";
const ct = "ct-pasrr-assessmentpro-newsletters.txt";

/** Facts about a resident, as the census reports them (facilities subgraph). */
export type ResidentEvent = "ADMITTED" | "SIGNIFICANT_CHANGE" | "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS";

export type ReviewReason =
  | "HOSPITAL_EXEMPTION_EXPIRING"
  | "TIME_LIMITED_APPROVAL_EXPIRING"
  | "SIGNIFICANT_CHANGE"
  | "NF_TRANSFER_NO_PASRR_RECORDS"
  | "PAS_NOT_USED_WITHIN_VALIDITY";

export interface ReviewDue {
  reason: ReviewReason;
  dueOn: string;
  source: string;
}

/** The person's standing at the time of the event, as far as the clocks need it. */
export interface StandingForClocks {
  outcome: Outcome | null;
  categoricalType: CategoricalType | null;
  requirementsMetOn: string | null;
}

/** The Resident Review a census event makes due, if any. Day 1 is the day of admission. */
export function reviewDueFor(event: ResidentEvent, occurredOn: string, standing: StandingForClocks, policy: PasrrPolicy): ReviewDue | null {
  if (event === "SIGNIFICANT_CHANGE") {
    const days = policy.significantChangeReviewDays;
    return { reason: "SIGNIFICANT_CHANGE", dueOn: addCalendarDays(occurredOn, days.value), source: `${days.source} (${ct})` };
  }
  if (event === "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS") {
    return { reason: "NF_TRANSFER_NO_PASRR_RECORDS", dueOn: occurredOn, source: `${oh}: the receiving NF initiates a Resident Review for "NF Transfer, No Previous PASRR Records"` };
  }
  // ADMITTED: a time-limited outcome starts its clock on the day of admission.
  if (standing.outcome === "EXEMPT_HOSPITAL_DISCHARGE") {
    const days = policy.hospitalExemptionDays;
    return { reason: "HOSPITAL_EXEMPTION_EXPIRING", dueOn: lastDayOf(occurredOn, days.value), source: days.source };
  }
  if (standing.outcome === "CATEGORICAL" && standing.categoricalType) {
    const days = policy.categoricalDays[standing.categoricalType];
    if (days.value !== null) return { reason: "TIME_LIMITED_APPROVAL_EXPIRING", dueOn: lastDayOf(occurredOn, days.value), source: days.source };
  }
  const validity = policy.pasValidForAdmissionDays;
  if (standing.requirementsMetOn && occurredOn > addCalendarDays(standing.requirementsMetOn, validity.value)) {
    return { reason: "PAS_NOT_USED_WITHIN_VALIDITY", dueOn: occurredOn, source: validity.source };
  }
  return null;
}

/** A review is overdue once its due day has passed with the review still open. */
export const isOverdue = (review: { dueOn: string; completedOn: string | null }, asOf: string): boolean =>
  review.completedOn === null && review.dueOn < asOf;
