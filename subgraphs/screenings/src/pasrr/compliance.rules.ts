import type { Outcome } from "../outcome/outcome.rules.ts";
import { addDays, daysBetween } from "@pasrr/calendar/calendar-date";
import { lastDayOf } from "../policy/working-days.rules.ts";
import { provisionalInForce } from "../level-two-determination/provisional.rules.ts";

/**
 * PASRR compliance as a history (issue 16): for every day, the standing the records in force on
 * that day give, never whatever was filed last. A later screen (a Resident Review) changes the
 * standing from its own date forward, and only as far as its outcome says: a review still waiting
 * for its Level II, or returned incomplete, leaves a decided earlier standing in place.
 * Plain data in, periods out; the reasons are the PASRR part of levelofcare's payment gate.
 */
export const complianceReasons = [
  "PASRR_MET",
  "PASRR_MISSING",
  "PAS_INCOMPLETE",
  "LEVEL_II_PENDING",
  "ADVERSE_LEVEL_II_NO_NF_NEED",
  "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES",
  "ADVERSE_LEVEL_II_APPEAL_PENDING",
  "EXEMPTION_EXPIRED",
] as const;
export type ComplianceReason = (typeof complianceReasons)[number];
export type ComplianceStatus = "MET" | "NOT_MET";

export interface ComplianceScreen {
  id: string;
  screenedOn: string;
  /** The day the hub learned of the screen. */
  knownOn: string;
  outcome: Outcome;
  validThrough: string | null;
  reviewStatus: "NOT_REVIEWED" | "CONFIRMED" | "RETURNED_INCOMPLETE";
  reviewedOn: string | null;
  /** The day the PAA returned it incomplete, if it ever did (kept after a confirmation). */
  returnedOn: string | null;
  /** Set on confirmation: the day a complete and accurate screen reached the PAA. */
  receivedCompleteOn: string | null;
  /** Issue 17: the day the authority granted the screen's categorical (outcome CATEGORICAL); until then it was CATEGORICAL_REQUESTED. */
  categoricalGrantedOn?: string | null;
}
/** A referral; `followsDeterminationId` names the provisional determination whose final one it asks for (MN form B.4). */
export interface ComplianceReferral {
  id: string;
  screenId: string;
  followsDeterminationId: string | null;
}
export interface ComplianceAppeal {
  id: string;
  filedOn: string;
  status: "PENDING" | "UPHELD" | "OVERTURNED";
  decidedOn: string | null;
}
export interface ComplianceDetermination {
  id: string;
  referralId: string;
  determinedOn: string;
  knownOn: string;
  needsNursingFacilityServices: boolean;
  needsSpecializedServices: boolean;
  approvedThrough: string | null;
  appeals: ComplianceAppeal[];
}
export interface ComplianceAdmission {
  id: string;
  facilityId: string;
  admittedOn: string;
  knownOn: string;
}
export interface ComplianceRecords {
  screens: ComplianceScreen[];
  referrals: ComplianceReferral[];
  determinations: ComplianceDetermination[];
  admissions: ComplianceAdmission[];
}

export interface CompliancePeriod {
  from: string;
  /** The last day (included); null while open. */
  through: string | null;
  status: ComplianceStatus;
  reason: ComplianceReason;
  /** The facility of the admission in force, when the hub knows of one. */
  facilityId: string | null;
  /** The records the standing rests on (screens, referrals, determinations, appeals, admission). */
  recordIds: string[];
}

interface Standing {
  reason: ComplianceReason;
  recordIds: string[];
  soft?: boolean;
}

const oh = "oh-coa-pre-admission-review.txt";
const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
/** Where each reason comes from, for the documentation and the tests. */
export const complianceSources: Record<ComplianceReason, string> = {
  PASRR_MET: `${oh}, "How is the effective date of the PAS determined?"`,
  PASRR_MISSING: `${oh}, "What should a NF do if there was no Pre-Admission screening?"; ${co} 8.401.183 A`,
  PAS_INCOMPLETE: `${oh}, "How is the effective date of the PAS determined?": the day a complete and accurate screen was sent`,
  LEVEL_II_PENDING: `${oh}, "For an individual requiring a Further Review: the PAS effective date is the date of the determination"`,
  ADVERSE_LEVEL_II_NO_NF_NEED: `${co} 8.401.207 B.1, 8.401.202 D; il-pas-mh-contractor-manual.txt VII.D.4`,
  ADVERSE_LEVEL_II_SPECIALIZED_SERVICES: `${co} 8.401.207 C and D; il-pas-mh-contractor-manual.txt VII.D.1`,
  ADVERSE_LEVEL_II_APPEAL_PENDING: `${co} 8.401.204, 8.401.202 E; il-pas-mh-contractor-manual.txt VIII`,
  EXEMPTION_EXPIRED: `${oh}, "Hospital Exemption": no validity after 30 days; Resident Review codes #3–#5`,
};

const met = (reason: ComplianceReason) => reason === "PASRR_MET";
const decided = (s: Standing) => met(s.reason) || s.reason.startsWith("ADVERSE_");

/** What one screen says about day `day` (its Level II records read as of that day). */
function screenStanding(screen: ComplianceScreen, day: string, records: ComplianceRecords): Standing {
  // OH guide: a PAS takes effect when a complete and accurate screen reaches the PAA — for a screen
  // returned incomplete and confirmed later, the day it was received complete, not its screening date.
  if (screen.reviewStatus === "RETURNED_INCOMPLETE") return { reason: "PAS_INCOMPLETE", recordIds: [screen.id], soft: true };
  if (screen.receivedCompleteOn !== null && day < screen.receivedCompleteOn) return { reason: "PAS_INCOMPLETE", recordIds: [screen.id], soft: true };
  // Issue 17: a categorical is an abbreviated Level II determination (MN bulletin, Level II instructions #3):
  // until its authority grants it, the screen stands as a Level II still pending.
  if (screen.outcome === "CATEGORICAL_REQUESTED" || (screen.categoricalGrantedOn && day < screen.categoricalGrantedOn))
    return { reason: "LEVEL_II_PENDING", recordIds: [screen.id], soft: true };
  if (screen.outcome !== "LEVEL_II_REQUIRED") {
    const through = timeLimitedThrough(screen, records.admissions);
    if (through !== null && day > through) return { reason: "EXEMPTION_EXPIRED", recordIds: [screen.id] };
    return { reason: "PASRR_MET", recordIds: [screen.id] };
  }
  // A provisional admission is approved while its final determination is pending, and the final one replaces it (MN form B.4).
  const own = records.referrals.filter((r) => r.screenId === screen.id);
  const { referrals, determinations } = provisionalInForce(
    own,
    records.determinations.filter((d) => own.some((r) => r.id === d.referralId)),
    day,
  );
  const ids = [screen.id, ...referrals.map((r) => r.id)];
  // OH guide: with a dual review the PAS is effective when the second authority decides.
  if (referrals.length === 0 || determinations.length < referrals.length) return { reason: "LEVEL_II_PENDING", recordIds: ids, soft: true };
  const withIds = [...ids, ...determinations.map((d) => d.id)];
  const overturned = (d: ComplianceDetermination) => d.appeals.some((a) => a.status === "OVERTURNED" && a.decidedOn !== null && a.decidedOn <= day);
  const adverse = determinations.filter((d) => !d.needsNursingFacilityServices && !overturned(d));
  if (adverse.length > 0) {
    const appeals = adverse.flatMap((d) => d.appeals).filter((a) => a.filedOn <= day && (a.status === "PENDING" || a.decidedOn === null || a.decidedOn > day));
    if (appeals.length > 0) return { reason: "ADVERSE_LEVEL_II_APPEAL_PENDING", recordIds: [...withIds, ...appeals.map((a) => a.id)] };
    const reason = adverse.some((d) => d.needsSpecializedServices) ? "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES" : "ADVERSE_LEVEL_II_NO_NF_NEED";
    return { reason, recordIds: withIds };
  }
  const ends = determinations
    .map((d) => d.approvedThrough)
    .filter((d): d is string => d !== null)
    .sort();
  if (ends[0] !== undefined && day > ends[0]) return { reason: "EXEMPTION_EXPIRED", recordIds: withIds };
  return { reason: "PASRR_MET", recordIds: withIds };
}

/** The day a screen starts to speak: its screening date, or for a Level II its last determination. */
const newestFirst = (a: ComplianceScreen, b: ComplianceScreen) =>
  b.screenedOn.localeCompare(a.screenedOn) || b.knownOn.localeCompare(a.knownOn) || b.id.localeCompare(a.id);

/**
 * The standing on one day. The newest screen on file by then speaks first; a "soft" answer (a
 * Level II still pending, a screen returned incomplete) gives way to a decided earlier standing,
 * since a review changes the standing only as far as its outcome says.
 */
export function standingOn(day: string, records: ComplianceRecords): Standing {
  const screens = records.screens.filter((s) => s.screenedOn <= day).sort(newestFirst);
  let pending: Standing | null = null;
  for (const screen of screens) {
    const standing = screenStanding(screen, day, records);
    if (!standing.soft) return pending && !decided(standing) ? pending : standing;
    pending ??= standing;
  }
  if (pending) return pending;
  const admission = admissionOn(day, records);
  return { reason: "PASRR_MISSING", recordIds: admission ? [admission.id] : [] };
}

const admissionOn = (day: string, records: ComplianceRecords) =>
  records.admissions.filter((a) => a.admittedOn <= day).sort((a, b) => b.admittedOn.localeCompare(a.admittedOn))[0];

/**
 * The last day a time-limited exemption or categorical allows. Its days are days of NF stay — OH guide:
 * "time-limited approval for a 7-day emergency admission … no later than the 7th day", and a respite
 * PAS "must enter the NF within 60 days of the determination" — so when the person is admitted after
 * it took effect, its length counts from that admission (the Resident Review clock does the same).
 * Only the first admission counts: a PAS is good for one admission.
 */
export function timeLimitedThrough(screen: ComplianceScreen, admissions: ComplianceAdmission[]): string | null {
  if (screen.validThrough === null) return null;
  const start = screen.categoricalGrantedOn ?? screen.screenedOn;
  const admission = admissions.filter((a) => a.admittedOn > start).sort((a, b) => a.admittedOn.localeCompare(b.admittedOn))[0];
  return admission ? lastDayOf(admission.admittedOn, daysBetween(start, screen.validThrough) + 1) : screen.validThrough;
}

/** Every day on which some record can change the standing. */
function changeDays(records: ComplianceRecords): string[] {
  const days = new Set<string>();
  const after = (day: string | null) => day && days.add(addDays(day, 1));
  for (const s of records.screens) {
    days.add(s.screenedOn);
    after(timeLimitedThrough(s, records.admissions));
    if (s.receivedCompleteOn) days.add(s.receivedCompleteOn);
    if (s.categoricalGrantedOn) days.add(s.categoricalGrantedOn);
  }
  for (const d of records.determinations) {
    days.add(d.determinedOn);
    after(d.approvedThrough);
    for (const a of d.appeals) {
      days.add(a.filedOn);
      if (a.decidedOn) days.add(a.decidedOn);
    }
  }
  for (const a of records.admissions) days.add(a.admittedOn);
  return [...days].sort();
}

/** The compliance periods, from the first day any record speaks; days before it have no PASRR on file. */
export function compliancePeriods(records: ComplianceRecords): CompliancePeriod[] {
  const periods: CompliancePeriod[] = [];
  for (const day of changeDays(records)) {
    const standing = standingOn(day, records);
    const facilityId = admissionOn(day, records)?.facilityId ?? null;
    const recordIds = [...new Set(standing.recordIds)].sort();
    const last = periods.at(-1);
    if (last && last.reason === standing.reason && last.facilityId === facilityId && last.recordIds.join() === recordIds.join()) continue;
    if (last) last.through = addDays(day, -1);
    periods.push({ from: day, through: null, status: met(standing.reason) ? "MET" : "NOT_MET", reason: standing.reason, facilityId, recordIds });
  }
  return periods;
}
