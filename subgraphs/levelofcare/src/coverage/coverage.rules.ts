import { addDays, type CalendarDate } from "@pasrr/platform";

/**
 * Which days of a person's stay a Level of Care covers: the Medicaid payment system's question
 * (domain README, "Payment": "for this Medicaid ID at this facility, which days from–to are
 * covered, and by which determination?"). Plain data in, day-by-day spans out.
 */

/**
 * Why a day is not covered. The NOT_REQUIRED_* reasons are days on which no LOC is needed at
 * all (OH COA guide, "Level of Care"); they are listed with the uncovered days, since no
 * determination covers them, but the reason says a LOC is not required for them.
 */
export const uncoveredReasons = [
  "NO_DETERMINATION",
  "DENIED",
  "EXPIRED",
  "PASRR_NOT_MET",
  "NOT_AT_FACILITY",
  "NOT_REQUIRED_HOSPICE",
  "NOT_REQUIRED_MEDICAID_COPAY",
  "NOT_REQUIRED_BED_HOLD",
] as const;
export type UncoveredReason = (typeof uncoveredReasons)[number];

export interface CoverageDetermination {
  id: string;
  decision: "APPROVED" | "DENIED";
  levelOfCareType: string;
  effectiveFrom: CalendarDate;
  effectiveThrough: CalendarDate | null;
  facilityId: string | null;
  supersedesId: string | null;
}

export interface CoverageStay {
  facility: { id: string; providerNumber: string };
  admittedOn: CalendarDate;
  dischargedOn: CalendarDate | null;
  /** `endsOn` is the first day of the next payer (not itself this payer's). */
  payerPeriods: { payer: string; startsOn: CalendarDate; endsOn: CalendarDate | null }[];
  /** `returnedOn` is the day back in the facility (not itself a leave day). */
  leavePeriods: { kind: string; leftOn: CalendarDate; returnedOn: CalendarDate | null }[];
}

export interface CoverageFacts {
  from: CalendarDate;
  to: CalendarDate;
  /** The facility the payment system asks about; null for any facility. */
  providerNumber: string | null;
  /** From screenings, merged records included; null while not met. */
  pasrrRequirementsMetOn: CalendarDate | null;
  /** The determinations of the person and of every record merged into them. */
  determinations: CoverageDetermination[];
  stays: CoverageStay[];
}

export type DayCoverage = { covered: true; determination: CoverageDetermination } | { covered: false; reason: UncoveredReason };

export interface CoveredSpan { from: CalendarDate; through: CalendarDate; levelOfCareType: string; determinationId: string }
export interface UncoveredSpan { from: CalendarDate; through: CalendarDate; reason: UncoveredReason }
export interface Coverage { coveredSpans: CoveredSpan[]; uncoveredSpans: UncoveredSpan[] }

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
}

/** With a provider number, a determination naming another facility does not count there. */
export function coverageView(facts: CoverageFacts): CoverageView {
  const stays = facts.providerNumber === null ? facts.stays : facts.stays.filter((s) => s.facility.providerNumber === facts.providerNumber);
  const facilityIds = new Set(stays.map((s) => s.facility.id.toLowerCase()));
  const relevant = standingDeterminations(facts.determinations)
    .filter((d) => facts.providerNumber === null || d.facilityId === null || facilityIds.has(d.facilityId.toLowerCase()))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
  return { facts, stays, relevant };
}

/**
 * One day's coverage. Precedence, first match wins:
 * 1. with a provider number, a day the person was not at that facility → NOT_AT_FACILITY;
 * 2. OH COA guide, "Level of Care": "A LOC is not needed for bed-hold days" → NOT_REQUIRED_BED_HOLD;
 *    "A LOC is not needed while an individual on Medicaid is enrolled with hospice" → NOT_REQUIRED_HOSPICE;
 *    "A LOC is not needed if an individual only used Medicaid as a co-payer" (Medicare A / Medicaid
 *    co-pay residents, OH COA guide "LOC Exemptions") → NOT_REQUIRED_MEDICAID_COPAY;
 * 3. OH COA guide, "Level of Care": "The LOC effective date cannot precede the date the PASRR
 *    requirements were met" → PASRR_NOT_MET for NF days before that date (or while not met);
 * 4. the standing APPROVED determination whose [effectiveFrom, effectiveThrough] holds the day covers it,
 *    unless a later-starting standing DENIED determination has replaced it → DENIED;
 * 5. an approval that ended before the day → EXPIRED; otherwise NO_DETERMINATION.
 */
export function coverageOn(day: CalendarDate, view: CoverageView): DayCoverage {
  const { facts } = view;
  const stay = view.stays.find((s) => stayHolds(s, day));
  if (facts.providerNumber !== null && !stay) return { covered: false, reason: "NOT_AT_FACILITY" };
  if (stay) {
    if (stay.leavePeriods.some((l) => l.kind === "HOSPITAL_LEAVE" && l.leftOn <= day && (l.returnedOn === null || day < l.returnedOn))) {
      return { covered: false, reason: "NOT_REQUIRED_BED_HOLD" };
    }
    const payer = stay.payerPeriods.find((p) => p.startsOn <= day && (p.endsOn === null || day < p.endsOn))?.payer;
    if (payer === "HOSPICE") return { covered: false, reason: "NOT_REQUIRED_HOSPICE" };
    if (payer === "MEDICAID_COPAY" || payer === "MEDICARE_PART_A") return { covered: false, reason: "NOT_REQUIRED_MEDICAID_COPAY" };
  }

  const started = view.relevant.filter((d) => d.effectiveFrom <= day);
  const pasrrMet = facts.pasrrRequirementsMetOn !== null && facts.pasrrRequirementsMetOn <= day;

  const latest = started[0];
  const approval = started.find((d) => d.decision === "APPROVED" && (d.effectiveThrough === null || day <= d.effectiveThrough));
  if (approval && !needsPasrr(approval.levelOfCareType) && latest?.decision !== "DENIED") return { covered: true, determination: approval };
  if (!pasrrMet) return { covered: false, reason: "PASRR_NOT_MET" };
  if (latest?.decision === "DENIED") return { covered: false, reason: "DENIED" };
  if (approval) return { covered: true, determination: approval };
  if (started.some((d) => d.decision === "APPROVED")) return { covered: false, reason: "EXPIRED" };
  return { covered: false, reason: "NO_DETERMINATION" };
}

/** The days from `from` to `to`, each in exactly one span, in order; neighbouring days with the same answer share a span. */
export function coverage(facts: CoverageFacts): Coverage {
  const view = coverageView(facts);
  const result: Coverage = { coveredSpans: [], uncoveredSpans: [] };
  let open: { from: CalendarDate; through: CalendarDate; day: DayCoverage } | null = null;
  const same = (a: DayCoverage, b: DayCoverage) =>
    a.covered ? b.covered && a.determination.id === b.determination.id : !b.covered && a.reason === b.reason;
  const close = () => {
    if (!open) return;
    if (open.day.covered) {
      result.coveredSpans.push({ from: open.from, through: open.through, levelOfCareType: open.day.determination.levelOfCareType, determinationId: open.day.determination.id });
    } else result.uncoveredSpans.push({ from: open.from, through: open.through, reason: open.day.reason });
  };
  for (let day = facts.from; day <= facts.to; day = addDays(day, 1)) {
    const answer = coverageOn(day, view);
    if (open && same(open.day, answer)) open.through = day;
    else {
      close();
      open = { from: day, through: day, day: answer };
    }
  }
  close();
  return result;
}
