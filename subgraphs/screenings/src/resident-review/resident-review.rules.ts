import { addDays } from "@pasrr/calendar/calendar-date";
import type { CategoricalType, PasrrPolicy } from "../policy/policy.model.ts";
import { lastDayOf } from "../policy/working-days.rules.ts";
import type { Outcome } from "../outcome/outcome.rules.ts";
import { renewalDue } from "./approval-expiry.rules.ts";
import { readmittedWithoutNewPas, type PriorResidence } from "./readmission.rules.ts";

const oh = "oh-coa-pre-admission-review.txt";
const ct = "ct-pasrr-assessmentpro-newsletters.txt";
const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";

/** Facts about a resident, as the census reports them (facilities subgraph) or a NF reports them. */
export type ResidentEvent =
  | "ADMITTED"
  | "TRANSFERRED_IN"
  | "READMITTED_FROM_HOSPITAL"
  | "READMITTED_FROM_PSYCHIATRIC_HOSPITAL"
  | "DISCHARGED"
  | "SIGNIFICANT_CHANGE"
  | "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS"
  | "DELIRIUM_CLEARED";

export type ReviewReason =
  | "HOSPITAL_EXEMPTION_EXPIRING"
  | "TIME_LIMITED_APPROVAL_EXPIRING"
  | "SIGNIFICANT_CHANGE"
  | "NF_TRANSFER_NO_PASRR_RECORDS"
  | "PAS_NOT_USED_WITHIN_VALIDITY"
  | "PAS_ALREADY_USED"
  | "ADMITTED_WITHOUT_PASRR"
  | "LEVEL_II_APPROVAL_EXPIRING"
  | "RETURNED_FROM_PSYCHIATRIC_HOSPITAL"
  | "LEVEL_I_AFTER_ADMISSION"
  | "LEVEL_II_OPEN_AT_ADMISSION"
  | "INITIAL_ADMISSION_REVIEW";

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
  /** Some Level I is on file for the person (merged records included). */
  hasScreenOnFile: boolean;
  /** An earlier NF admission already used the person's latest Level I (PAS). */
  pasUsedByEarlierAdmission: boolean;
  /** The last day of the time-limited Level II approval in force; null when none is. */
  levelTwoApprovedThrough: string | null;
  /** For a re-admission on a used PAS where the state allows one without a new PAS: the last NF residence (readmission.rules.ts). */
  priorResidence: PriorResidence | null;
}

/** The Resident Review a census event makes due, if any. Day 1 is the day of admission. */
export function reviewDueFor(event: ResidentEvent, occurredOn: string, standing: StandingForClocks, policy: PasrrPolicy): ReviewDue | null {
  if (event === "SIGNIFICANT_CHANGE") {
    const days = policy.significantChangeReviewDays;
    return { reason: "SIGNIFICANT_CHANGE", dueOn: addDays(occurredOn, days.value), source: `${days.source} (${ct})` };
  }
  // MN bulletin, Delirium: admission "is provisional and limited to the time in which the delirium
  // remains clinically evident"; README: "delirium (provisional, until it clears)". When it clears the
  // provisional approval ends and the review (Level II "as the condition changes") is due that day.
  if (event === "DELIRIUM_CLEARED") {
    if (standing.outcome !== "CATEGORICAL" || standing.categoricalType !== "DELIRIUM") return null;
    return { reason: "TIME_LIMITED_APPROVAL_EXPIRING", dueOn: occurredOn, source: policy.categoricalDays.DELIRIUM.source };
  }
  // A NF-to-NF transfer keeps the person's PAS and its clocks (OH guide: the PAS "follows the
  // individual if they transfer to a different NF"); only a transfer with no records needs a review.
  if (event === "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS" || (event === "TRANSFERRED_IN" && !standing.hasScreenOnFile)) return noRecords(occurredOn);
  if (event === "READMITTED_FROM_HOSPITAL" || event === "READMITTED_FROM_PSYCHIATRIC_HOSPITAL") return reviewDueOnReturn(event, occurredOn, standing, policy);
  return event === "ADMITTED" ? reviewDueOnAdmission(occurredOn, standing, policy) : null;
}

/** OH guide, NF to NF: the receiving NF reviews a person who arrives with no PASRR records, at once. */
const noRecords = (occurredOn: string): ReviewDue => ({
  reason: "NF_TRANSFER_NO_PASRR_RECORDS",
  dueOn: occurredOn,
  source: `${oh}: the receiving NF initiates a Resident Review for "NF Transfer, No Previous PASRR Records"`,
});

/**
 * Back from a hospital stay that followed a NF stay: the PAS still holds and starts no clock (OH
 * guide: no hospital exemption is needed to return from hospital); the clocks the discharge to
 * hospital ended resume with their due days (resumedOnReturn). The records follow the person
 * "with a hospital stay between the two NF's" too (OH guide, NF to NF lacking PAS/RR records):
 * with none on file, the review is due at once.
 */
function reviewDueOnReturn(
  event: "READMITTED_FROM_HOSPITAL" | "READMITTED_FROM_PSYCHIATRIC_HOSPITAL",
  occurredOn: string,
  standing: StandingForClocks,
  policy: PasrrPolicy,
): ReviewDue | null {
  if (!standing.hasScreenOnFile) return noRecords(occurredOn);
  // CT, Reasons for Screening: back from a psychiatric hospital without a Level II, "the NF has
  // 14 days to submit for the status change"; a state without the rule (null) starts nothing.
  const days = policy.psychiatricReturnReviewDays;
  if (event === "READMITTED_FROM_PSYCHIATRIC_HOSPITAL" && days.value !== null) {
    return { reason: "RETURNED_FROM_PSYCHIATRIC_HOSPITAL", dueOn: addDays(occurredOn, days.value), source: days.source };
  }
  return null;
}

/** The review an admission (not from another NF) makes due: a missing or used PAS at once, else the clock of a time-limited approval. */
function reviewDueOnAdmission(occurredOn: string, standing: StandingForClocks, policy: PasrrPolicy): ReviewDue | null {
  // OH guide, "What should a NF do if there was no Pre-Admission screening?": request the PAS as soon as
  // possible (OAC 5160-3-15.1); CO 8.401.183 A: the Level I is required prior to admission. A finding for
  // the NF and the PAA, due on the day of admission, so overdue the next day.
  if (!standing.hasScreenOnFile) {
    return {
      reason: "ADMITTED_WITHOUT_PASRR",
      dueOn: occurredOn,
      source: `${oh}: no Pre-Admission screening on file at admission; request the PAS as soon as possible (OAC 5160-3-15.1; ${co} 8.401.183 A)`,
    };
  }
  // OH guide, "Pre-Admission Screening": a PAS is only good for one NF admission; someone who
  // returned to the community needs a new PAS to be re-admitted. It outranks the clocks below:
  // an exemption or categorical already used cannot start a second clock.
  // IL IV.H.3 lets a short absence after a long stay be readmitted without a PAS: nothing the first
  // admission used restarts, but a time-limited Level II approval still ends when it ends.
  if (standing.pasUsedByEarlierAdmission) {
    if (readmittedWithoutNewPas(standing.priorResidence, policy)) return approvalClock(occurredOn, standing, policy);
    return {
      reason: "PAS_ALREADY_USED",
      dueOn: occurredOn,
      source: `${oh}: a PAS is used for one nursing facility admission; a re-admission from the community needs a new PAS`,
    };
  }
  // A time-limited outcome starts its clock on the day of admission.
  if (standing.outcome === "EXEMPT_HOSPITAL_DISCHARGE") {
    const days = policy.hospitalExemptionDays;
    return { reason: "HOSPITAL_EXEMPTION_EXPIRING", dueOn: lastDayOf(occurredOn, days.value), source: days.source };
  }
  if (standing.outcome === "CATEGORICAL" && standing.categoricalType) {
    const days = policy.categoricalDays[standing.categoricalType];
    if (days.value !== null) return { reason: "TIME_LIMITED_APPROVAL_EXPIRING", dueOn: lastDayOf(occurredOn, days.value), source: days.source };
  }
  const validity = policy.pasValidForAdmissionDays;
  if (standing.requirementsMetOn && occurredOn > addDays(standing.requirementsMetOn, validity.value)) {
    return { reason: "PAS_NOT_USED_WITHIN_VALIDITY", dueOn: occurredOn, source: validity.source };
  }
  return approvalClock(occurredOn, standing, policy);
}

/** A time-limited Level II approval's clock, from `from`, due the state's lead time before it ends (approval-expiry.rules.ts). */
function approvalClock(from: string, standing: StandingForClocks, policy: PasrrPolicy): ReviewDue | null {
  return standing.levelTwoApprovedThrough ? { reason: "LEVEL_II_APPROVAL_EXPIRING", ...renewalDue(standing.levelTwoApprovedThrough, from, policy) } : null;
}

/**
 * The open reviews a newly due one is already covered by, at the same facility: the same reason;
 * and for the person with no PASRR on file, one finding (admitted without it, or arrived by
 * transfer without it) is enough, since the Level I filed for either completes both.
 */
export function coveringReasons(reason: ReviewReason): ReviewReason[] {
  const noPasrrOnFile: ReviewReason[] = ["ADMITTED_WITHOUT_PASRR", "NF_TRANSFER_NO_PASRR_RECORDS"];
  return noPasrrOnFile.includes(reason) ? noPasrrOnFile : [reason];
}

/**
 * A clock already running for the same reason keeps running; a new trigger may only bring its due
 * day forward (a delirium that clears on day 12 makes IL's day-40 Level II due on day 12).
 */
export const earlierDueOn = (runningDueOn: string, triggeredDueOn: string): string | null => (triggeredDueOn < runningDueOn ? triggeredDueOn : null);

/** A review is overdue once its due day has passed with the review still open. */
export const isOverdue = (review: { dueOn: string; completedOn: string | null; endedOn: string | null }, asOf: string): boolean =>
  review.completedOn === null && review.endedOn === null && review.dueOn < asOf;

/**
 * A discharge (or death) on `leftOn` ends the clocks of the stay it closes: those started on or
 * before that day. A later re-admission's clock is not touched, so a late repeat of the
 * discharge fact changes nothing (the census feed delivers at least once).
 */
export const endedByDischarge = (review: { triggeredOn: string; completedOn: string | null; endedOn: string | null }, leftOn: string): boolean =>
  review.completedOn === null && review.endedOn === null && review.triggeredOn <= leftOn;

interface ClockRow {
  reason: ReviewReason;
  dueOn: string;
  completedOn: string | null;
  endedOn: string | null;
}

/**
 * The clocks a return from hospital resumes (OH guide, "emergency/respite stay approval": "If the
 * resident is hospitalized during this time period, days out at the hospital count towards the
 * tally of 7 or 14 days"). A discharge to hospital neither ends nor resets a clock: the clocks the
 * last discharge before the return ended (not completed) run again with their due day unchanged, so
 * the days away count, and a due day passed in hospital is overdue on return. A reason already
 * running again (a repeated return) is not resumed twice; clocks ended by an earlier stay stay ended.
 */
export function resumedOnReturn<R extends ClockRow>(reviews: readonly R[], returnedOn: string): R[] {
  const ended = reviews.filter((review) => review.completedOn === null && review.endedOn !== null && review.endedOn <= returnedOn);
  const lastLeft = ended.reduce<string | null>((latest, review) => (latest === null || review.endedOn! > latest ? review.endedOn : latest), null);
  const running = new Set(reviews.filter((review) => review.completedOn === null && review.endedOn === null).map((review) => review.reason));
  const resumed = new Map<ReviewReason, R>();
  for (const review of ended) if (review.endedOn === lastLeft && !running.has(review.reason) && !resumed.has(review.reason)) resumed.set(review.reason, review);
  return [...resumed.values()];
}

/**
 * The triggers that are compliance findings against the facility, not clocks of the resident's
 * care: admitted with no PAS (OH guide, "What should a NF do if there was no Pre-Admission
 * screening?", OAC 5160-3-15.1(B)(7); CO 8.401.183 A; MN bulletin 00-53-3), a Level I dated after
 * the admission (MN bulletin 00-53-3: prior to admission for all referrals), admitted while the
 * Level II was open (CO 8.401.183 C).
 */
export const complianceFindingReasons = [
  "ADMITTED_WITHOUT_PASRR",
  "LEVEL_I_AFTER_ADMISSION",
  "LEVEL_II_OPEN_AT_ADMISSION",
] as const satisfies readonly ReviewReason[];
