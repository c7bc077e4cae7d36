import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { AdmissionSource, DischargeDestination, Payer } from "../census/census-event.model.ts";
import type { CensusOrderRule, LeaveKind } from "../census/census-order.rules.ts";

export interface PayerPeriod {
  payer: Payer;
  startsOn: CalendarDate;
  /** The day the next payer took over or the stay ended (exclusive); null while current. */
  endsOn: CalendarDate | null;
}

export interface LeavePeriod {
  kind: LeaveKind;
  leftOn: CalendarDate;
  returnedOn: CalendarDate | null;
}

export type StayEndReason = "DISCHARGED" | "TRANSFERRED" | "DIED";

/** A stay as derived from the census events; the `Stay` table is exactly these rows. */
export interface DerivedStay {
  id: string;
  individualId: string;
  facilityId: string;
  admittedOn: CalendarDate;
  admissionSource: AdmissionSource;
  admittedFromFacilityId: string | null;
  previousStayId: string | null;
  nextStayId: string | null;
  dischargedOn: CalendarDate | null;
  endReason: StayEndReason | null;
  dischargeDestination: DischargeDestination | null;
  transferredToFacilityId: string | null;
  payerPeriods: PayerPeriod[];
  leavePeriods: LeavePeriod[];
  eventIds: string[];
}

export interface OrderViolation {
  rule: CensusOrderRule;
  eventId: string;
  message: string;
}
