import { fromDayNumber, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { bedHoldOverLimit, inRanges, type DateRange } from "./bed-hold.rules.ts";
import { segmentStarts } from "./coverage-segments.rules.ts";
import type { UncoveredReason } from "./payment-reasons.rules.ts";
import type { Coverage, CoverageDetermination, CoverageFacts, CoverageStay, DayCoverage } from "./coverage.model.ts";

/**
 * Which days of a person's stay a Level of Care covers: the Medicaid payment system's question
 * (domain README, "Payment": "for this Medicaid ID at this facility, which days from–to are
 * covered, and by which determination?"). Plain data in, day-by-day spans out.
 */

/** PASRR covers nursing facilities only (42 CFR 483.100–138); ICF/IID and hospital LOC do not wait for it. */
const needsPasrr = (levelOfCareType: string) => levelOfCareType === "NF_SKILLED" || levelOfCareType === "NF_INTERMEDIATE";

/** A stay holds the days from admission up to, not including, the day the person left (the day of discharge is not a facility day). */
const stayHolds = (stay: CoverageStay, day: CalendarDate) => stay.admittedOn <= day && (stay.dischargedOn === null || day < stay.dischargedOn);

/** Determinations no newer one superseded (a determination is never edited, only superseded). */
export function standingDeterminations(determinations: CoverageDetermination[]): CoverageDetermination[] {
  const superseded = new Set(determinations.map((d) => d.supersedesId).filter((id) => id !== null));
  return determinations.filter((d) => !superseded.has(d.id));
}

/** What every day of one question shares, worked out once per question rather than once per day. */
export interface CoverageView {
  facts: CoverageFacts;
  /** The stays at the facility asked about (all stays for any facility). */
  stays: CoverageStay[];
  /** Standing determinations that count there, latest effective date first. */
  relevant: CoverageDetermination[];
  /** Superseded approvals that counted there (SUPERSEDED days). */
  superseded: CoverageDetermination[];
  /** Hospital-leave days beyond the year's bed-hold days, over all the person's stays, up to the last day asked about. */
  bedHoldOverLimit: DateRange[];
}

/** With a provider number, a determination naming another facility does not count there. */
const countsAt = (facts: CoverageFacts, facilityIds: Set<string>, d: CoverageDetermination) =>
  facts.providerNumber === null || d.facilityId === null || facilityIds.has(d.facilityId.toLowerCase());

export function coverageView(facts: CoverageFacts): CoverageView {
  const stays = facts.providerNumber === null ? facts.stays : facts.stays.filter((s) => s.facility.providerNumber === facts.providerNumber);
  const facilityIds = new Set(stays.map((s) => s.facility.id.toLowerCase()));
  const standing = standingDeterminations(facts.determinations);
  const relevant = standing.filter((d) => countsAt(facts, facilityIds, d)).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
  const superseded = facts.determinations.filter((d) => countsAt(facts, facilityIds, d) && d.decision === "APPROVED" && !standing.includes(d));
  return { facts, stays, relevant, superseded, bedHoldOverLimit: bedHoldOverLimit(facts) };
}

const holds = (from: CalendarDate, through: CalendarDate | null, day: CalendarDate) => from <= day && (through === null || day <= through);
const uncovered = (reason: UncoveredReason, recordIds: string[] = []): DayCoverage => ({ covered: false, reason, recordIds });
const adverse = new Set<string>(["ADVERSE_LEVEL_II_NO_NF_NEED", "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES", "ADVERSE_LEVEL_II_APPEAL_PENDING"]);

/**
 * One day's coverage: the payment gate (issue 16). Precedence, first failed rule wins (the
 * sources are in payment-reasons.rules.ts):
 * 1. with a provider number, a day the person was not at that facility → NOT_AT_FACILITY;
 *    a private-pay day → NOT_MEDICAID_ELIGIBLE;
 * 2. an adverse Level II in force (CO 8.401.202 D: not countermanded through claims payment) → ADVERSE_*;
 * 3. days needing no LOC: bed-hold within the year's days (past them → BED_HOLD_LIMIT_REACHED), hospice,
 *    Medicaid co-pay, managed care (the plan decides);
 * 4. PASRR not met on the day (screenings' compliance periods) → its reason, or LOC_BEFORE_PASRR_MET when a
 *    LOC holds the day and PASRR was met only later (paid from the PASRR-met date);
 * 5. the LOC: DENIED, covered (unless it predates the end of hospice → NEW_LOC_REQUIRED_AFTER_HOSPICE),
 *    SUPERSEDED, NOT_YET_EFFECTIVE, EXPIRED, NO_DETERMINATION.
 * ICF/IID and hospital LOC do not wait for PASRR (42 CFR 483.100–138 cover NFs).
 */
export function coverageOn(day: CalendarDate, view: CoverageView): DayCoverage {
  const { facts } = view;
  const stay = view.stays.find((s) => stayHolds(s, day));
  if (facts.providerNumber !== null && !stay) return uncovered("NOT_AT_FACILITY");
  const payer = stay?.payerPeriods.find((p) => p.startsOn <= day && (p.endsOn === null || day < p.endsOn))?.payer;
  if (payer === "PRIVATE") return uncovered("NOT_MEDICAID_ELIGIBLE");

  const started = view.relevant.filter((d) => d.effectiveFrom <= day);
  const latest = started[0];
  const approval = started.find((d) => d.decision === "APPROVED" && (d.effectiveThrough === null || day <= d.effectiveThrough));
  const pasrrExempt = approval !== undefined && !needsPasrr(approval.levelOfCareType) && latest?.decision !== "DENIED";
  const pasrr = facts.pasrr.find((p) => holds(p.from, p.through, day));
  if (pasrr && adverse.has(pasrr.reason) && !pasrrExempt) return uncovered(pasrr.reason as UncoveredReason, pasrr.recordIds);

  if (stay) {
    if (stay.leavePeriods.some((l) => l.kind === "HOSPITAL_LEAVE" && l.leftOn <= day && (l.returnedOn === null || day < l.returnedOn))) {
      return inRanges(view.bedHoldOverLimit, day) ? uncovered("BED_HOLD_LIMIT_REACHED") : uncovered("NOT_REQUIRED_BED_HOLD");
    }
    if (payer === "HOSPICE") return uncovered("NOT_REQUIRED_HOSPICE");
    if (payer === "MEDICAID_COPAY" || payer === "MEDICARE_PART_A") return uncovered("NOT_REQUIRED_MEDICAID_COPAY");
    if (payer === "MANAGED_CARE") return uncovered("MANAGED_CARE_PLAN_DECIDES");
  }

  if (approval && pasrrExempt) return { covered: true, determination: approval };
  if (!pasrr || pasrr.status !== "MET") {
    const metLater = facts.pasrr.some((p) => p.status === "MET" && p.from > day);
    if (approval && metLater) return uncovered("LOC_BEFORE_PASRR_MET", pasrr?.recordIds ?? []);
    return uncovered((pasrr?.reason ?? "PASRR_MISSING") as UncoveredReason, pasrr?.recordIds ?? []);
  }
  if (latest?.decision === "DENIED") return uncovered("DENIED", [latest.id]);
  if (approval) {
    // OH COA guide, "Level of Care": a new LOC is needed when a Medicaid recipient dis-enrolls from hospice.
    const hospiceEnded = stay?.payerPeriods.filter((p) => p.payer === "HOSPICE" && p.endsOn !== null && p.endsOn <= day).map((p) => p.endsOn!).sort().at(-1);
    if (hospiceEnded && approval.effectiveFrom < hospiceEnded) return uncovered("NEW_LOC_REQUIRED_AFTER_HOSPICE", [approval.id]);
    return { covered: true, determination: approval };
  }
  const replaced = view.superseded.find((d) => holds(d.effectiveFrom, d.effectiveThrough, day));
  if (replaced) return uncovered("SUPERSEDED", [replaced.id]);
  const expired = started.filter((d) => d.decision === "APPROVED");
  if (expired.length > 0) return uncovered("EXPIRED", [expired[0]!.id]);
  const upcoming = view.relevant.filter((d) => d.decision === "APPROVED" && d.effectiveFrom > day).at(-1);
  if (upcoming) return uncovered("NOT_YET_EFFECTIVE", [upcoming.id]);
  return uncovered("NO_DETERMINATION");
}

/**
 * The days from `from` to `to`, each in exactly one span, in order; neighbouring days with the same
 * answer share a span. The answer can change only on a day where one of the facts starts or ends
 * (`segmentStarts`), so `coverageOn` is asked once per segment, on its first day, and the day's
 * answer holds for the whole segment: the same spans as asking every day, at a cost that grows
 * with the facts rather than with the days.
 */
export function coverage(facts: CoverageFacts): Coverage {
  const result: Coverage = { coveredSpans: [], uncoveredSpans: [] };
  if (facts.to < facts.from) return result;
  const view = coverageView(facts);
  const starts = segmentStarts(view);
  let from = facts.from;
  let open = coverageOn(from, view);
  for (let i = 1; i < starts.length; i += 1) {
    const day = fromDayNumber(starts[i]!);
    const answer = coverageOn(day, view);
    if (sameAnswer(open, answer)) continue;
    addSpan(result, from, fromDayNumber(starts[i]! - 1), open);
    from = day;
    open = answer;
  }
  addSpan(result, from, facts.to, open);
  return result;
}

/** Neighbouring days share a span when they have the same answer: the same determination, or the same reason and records. */
const sameAnswer = (a: DayCoverage, b: DayCoverage) =>
  a.covered ? b.covered && a.determination.id === b.determination.id : !b.covered && a.reason === b.reason && a.recordIds.join() === b.recordIds.join();

function addSpan(result: Coverage, from: CalendarDate, through: CalendarDate, answer: DayCoverage) {
  if (answer.covered) result.coveredSpans.push({ from, through, levelOfCareType: answer.determination.levelOfCareType, determinationId: answer.determination.id });
  else result.uncoveredSpans.push({ from, through, reason: answer.reason, recordIds: answer.recordIds });
}
