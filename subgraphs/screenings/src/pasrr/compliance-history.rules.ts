import { addDays } from "@pasrr/calendar/calendar-date";
import { compliancePeriods, type ComplianceRecords, type ComplianceScreen, type CompliancePeriod } from "./compliance.rules.ts";

/**
 * The compliance periods as the hub knew them on each day (issue 16: "as they were known, the
 * `asOf` you already support"): what a payment check made on a past day saw, never rewritten by
 * records that arrived later.
 */

/** A screen as it stood on `day`, before its latest review: returned incomplete by then, or not yet reviewed. */
function screenBefore(screen: ComplianceScreen, day: string): ComplianceScreen {
  const returned = screen.returnedOn !== null && screen.returnedOn <= day;
  return {
    ...screen,
    reviewStatus: returned ? "RETURNED_INCOMPLETE" : "NOT_REVIEWED",
    reviewedOn: returned ? screen.returnedOn : null,
    returnedOn: returned ? screen.returnedOn : null,
    receivedCompleteOn: null,
  };
}

/** The records the hub held at the end of `knownBy` (null: all). A review's return counts from the day it was made. */
export function knownBy(records: ComplianceRecords, day: string | null): ComplianceRecords {
  if (day === null) return records;
  const screens = records.screens
    .filter((s) => s.knownOn <= day)
    .map((s) => (s.reviewedOn !== null && s.reviewedOn > day ? screenBefore(s, day) : s))
    // Issue 17: a categorical granted after `day` was still only requested then.
    .map((s) =>
      s.categoricalGrantedOn && s.categoricalGrantedOn > day
        ? { ...s, outcome: "CATEGORICAL_REQUESTED" as const, validThrough: null, categoricalGrantedOn: null }
        : s,
    );
  const determinations = records.determinations
    .filter((d) => d.knownOn <= day)
    .map((d) => ({
      ...d,
      appeals: d.appeals
        .filter((a) => a.filedOn <= day)
        .map((a) => (a.decidedOn !== null && a.decidedOn > day ? { ...a, status: "PENDING" as const, decidedOn: null } : a)),
    }));
  return { ...records, screens, determinations, admissions: records.admissions.filter((a) => a.knownOn <= day) };
}

export interface KnownCompliancePeriod extends CompliancePeriod {
  /** The first day the hub answered with this period. */
  knownFrom: string;
  /** The last day it did; null while it still does. */
  knownThrough: string | null;
}

/**
 * The periods as the hub knew them on every day: one version per day a record reached the hub,
 * so an `asOf` question is answered from the version of that day (a payment check made then saw
 * exactly that). Unchanged periods carry over without a new version.
 */
export function complianceHistory(records: ComplianceRecords): KnownCompliancePeriod[] {
  const versions = new Set<string>();
  for (const s of records.screens) {
    versions.add(s.knownOn);
    if (s.reviewedOn) versions.add(s.reviewedOn);
    if (s.returnedOn) versions.add(s.returnedOn);
    if (s.categoricalGrantedOn) versions.add(s.categoricalGrantedOn);
  }
  for (const d of records.determinations) {
    versions.add(d.knownOn);
    for (const a of d.appeals) {
      versions.add(a.filedOn);
      if (a.decidedOn) versions.add(a.decidedOn);
    }
  }
  for (const a of records.admissions) versions.add(a.knownOn);
  const days = [...versions].sort();
  const all: KnownCompliancePeriod[] = [];
  let open: KnownCompliancePeriod[] = [];
  const key = (p: CompliancePeriod) => `${p.from}|${p.through}|${p.reason}|${p.facilityId}|${p.recordIds.join()}`;
  days.forEach((day, index) => {
    const next = days[index + 1];
    const current = compliancePeriods(knownBy(records, next === undefined ? null : day));
    const still = new Set(current.map(key));
    for (const p of open) if (!still.has(key(p))) p.knownThrough = addDays(day, -1);
    const kept = new Map(open.filter((p) => still.has(key(p))).map((p) => [key(p), p]));
    open = current.map((p) => kept.get(key(p)) ?? { ...p, knownFrom: day, knownThrough: null });
    for (const p of open) if (!kept.has(key(p))) all.push(p);
  });
  return all;
}
