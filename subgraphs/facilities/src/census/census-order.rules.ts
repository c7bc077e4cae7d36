import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { MovementEvent, Payer } from "./census-event.model.ts";

export type LeaveKind = "HOSPITAL_LEAVE" | "LEAVE_OF_ABSENCE";

/** Where a person stands in the census just before an event, as the rules of order see it. */
export interface CensusPosition {
  open: { facilityId: string; admittedOn: CalendarDate; onLeave: LeaveKind | null; payer: Payer | null } | null;
  diedOn: CalendarDate | null;
}

/** The rules of order a census event must keep; each refusal names one. */
export type CensusOrderRule = "NOTHING_AFTER_DEATH" | "ALREADY_ADMITTED" | "NO_OPEN_STAY" | "ALREADY_ON_LEAVE" | "RETURN_WITHOUT_LEAVE" | "PAYER_UNCHANGED";

export interface OrderProblem {
  rule: CensusOrderRule;
  message: string;
}

const problem = (rule: CensusOrderRule, message: string): OrderProblem => ({ rule, message });

/** Whether `event` may follow the person's census position; undefined when it may. */
export function orderProblem(position: CensusPosition, event: MovementEvent): OrderProblem | undefined {
  if (position.diedOn !== null) {
    return problem("NOTHING_AFTER_DEATH", `nothing may be recorded after the person's death on ${position.diedOn}`);
  }
  const open = position.open;
  if (event.kind === "ADMISSION") {
    if (!open) return undefined;
    // CT PathTracker, "Enter the Individual's Discharge Dates": a stay ends with a discharge or transfer.
    return open.facilityId === event.facilityId
      ? problem("ALREADY_ADMITTED", `the person is already admitted here since ${open.admittedOn}`)
      : problem(
          "ALREADY_ADMITTED",
          "the person has an open stay at another facility with no discharge or transfer recorded; that facility must record it first",
        );
  }
  if (!open || open.facilityId !== event.facilityId) {
    return problem("NO_OPEN_STAY", `a ${event.kind} needs an open stay of the person at this facility on ${event.effectiveOn}`);
  }
  switch (event.kind) {
    case "HOSPITAL_LEAVE":
    case "LEAVE_OF_ABSENCE":
      return open.onLeave ? problem("ALREADY_ON_LEAVE", `the person is already away (${open.onLeave}); record the RETURN first`) : undefined;
    case "RETURN":
      // OH COA guide, "Process if a current Nursing Facility resident becomes hospitalized": a return ends a leave.
      return open.onLeave ? undefined : problem("RETURN_WITHOUT_LEAVE", "a RETURN needs a HOSPITAL_LEAVE or LEAVE_OF_ABSENCE to return from");
    case "PAYER_CHANGE":
      return event.payer === open.payer ? problem("PAYER_UNCHANGED", `the payer is already ${event.payer}`) : undefined;
    default:
      return undefined;
  }
}
