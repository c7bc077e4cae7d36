import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { UncoveredReason } from "./payment-reasons.rules.ts";

/** The plain records coverage reads and the spans it answers with (coverage.rules.ts decides). */

/** One PASRR compliance period from screenings (its rules decide the standing; levelofcare only reads it). */
export interface CoveragePasrrPeriod {
  from: CalendarDate;
  through: CalendarDate | null;
  status: "MET" | "NOT_MET";
  reason: string;
  recordIds: string[];
}

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
  /** From screenings, merged records included: the PASRR standing day by day, as known on the day asked about. */
  pasrr: CoveragePasrrPeriod[];
  /** Bed-hold days paid per calendar year (levelofcare.config.ts, LOC_BED_HOLD_DAYS_PER_YEAR). */
  bedHoldDaysPerYear: number;
  /** The determinations of the person and of every record merged into them. */
  determinations: CoverageDetermination[];
  stays: CoverageStay[];
}

export type DayCoverage = { covered: true; determination: CoverageDetermination } | { covered: false; reason: UncoveredReason; recordIds: string[] };

export interface CoveredSpan { from: CalendarDate; through: CalendarDate; levelOfCareType: string; determinationId: string }
export interface UncoveredSpan { from: CalendarDate; through: CalendarDate; reason: UncoveredReason; recordIds: string[] }
export interface Coverage { coveredSpans: CoveredSpan[]; uncoveredSpans: UncoveredSpan[] }
