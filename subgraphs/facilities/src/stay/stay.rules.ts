import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Payer } from "../census/census-event.model.ts";
import type { LeaveKind } from "../census/census-order.rules.ts";
import type { LeavePeriod, PayerPeriod } from "./stay.model.ts";

/**
 * The census counts a person on the days from admission up to, not including, the day they
 * left (the midnight census: the day of admission counts, the day of discharge does not), so
 * on a transfer day the person is in the receiving facility's census only.
 */
export const isPresentOn = (stay: { admittedOn: CalendarDate; dischargedOn: CalendarDate | null }, on: CalendarDate) =>
  stay.admittedOn <= on && (stay.dischargedOn === null || on < stay.dischargedOn);

export type Presence = "IN_FACILITY" | LeaveKind;

/** In the facility, or away on a hospital leave (bed-hold) or leave of absence, on a day. */
export function presenceOn(leaves: readonly LeavePeriod[], on: CalendarDate): Presence {
  const away = leaves.find((leave) => leave.leftOn <= on && (leave.returnedOn === null || on < leave.returnedOn));
  return away ? away.kind : "IN_FACILITY";
}

/** Who paid for a day of the stay; null for a day outside every payer period. */
export function payerOn(periods: readonly PayerPeriod[], on: CalendarDate): Payer | null {
  return periods.find((period) => period.startsOn <= on && (period.endsOn === null || on < period.endsOn))?.payer ?? null;
}
