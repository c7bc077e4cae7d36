import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { applyCorrections, inEffectiveOrder } from "../census/census-correction.rules.ts";
import type { CensusEventFacts, MovementEvent, Payer } from "../census/census-event.model.ts";
import { orderProblem, type CensusPosition } from "../census/census-order.rules.ts";
import type { DerivedStay, OrderViolation, StayEndReason } from "./stay.model.ts";

function openStay(
  event: MovementEvent,
  fields: Pick<DerivedStay, "facilityId" | "admissionSource" | "admittedFromFacilityId" | "previousStayId">,
  payer: Payer | null,
): DerivedStay {
  return {
    id: event.id,
    individualId: event.individualId,
    admittedOn: event.effectiveOn,
    ...fields,
    nextStayId: null,
    dischargedOn: null,
    endReason: null,
    dischargeDestination: null,
    transferredToFacilityId: null,
    payerPeriods: payer ? [{ payer, startsOn: event.effectiveOn, endsOn: null }] : [],
    leavePeriods: [],
    eventIds: [event.id],
  };
}

function close(stay: DerivedStay, on: CalendarDate, reason: StayEndReason) {
  stay.dischargedOn = on;
  stay.endReason = reason;
  for (const period of stay.payerPeriods) period.endsOn ??= on;
  for (const leave of stay.leavePeriods) leave.returnedOn ??= on;
}

function changePayer(stay: DerivedStay, payer: Payer, on: CalendarDate) {
  const current = stay.payerPeriods.at(-1);
  if (current?.startsOn === on)
    stay.payerPeriods.pop(); // a same-day change replaces, it does not make an empty period
  else if (current) current.endsOn = on;
  stay.payerPeriods.push({ payer, startsOn: on, endsOn: null });
}

const currentPayer = (stay: DerivedStay) => stay.payerPeriods.at(-1)?.payer ?? null;
const currentLeave = (stay: DerivedStay) => stay.leavePeriods.find((leave) => leave.returnedOn === null)?.kind ?? null;

/**
 * A person's stays, derived from their census events: corrections applied, then the movements
 * folded in effective order. The first event that breaks a rule of order stops the fold and is
 * reported; the caller refuses the write that caused it.
 */
// eslint-disable-next-line max-lines-per-function -- one walk over the census events in order, each kind of event a branch; split, the walk's state would travel between functions.
export function deriveStays(events: readonly CensusEventFacts[]): { stays: DerivedStay[]; violation?: OrderViolation } {
  const stays: DerivedStay[] = [];
  let open: DerivedStay | null = null;
  let diedOn: CalendarDate | null = null;
  for (const event of inEffectiveOrder(applyCorrections(events))) {
    const position: CensusPosition = {
      open: open && { facilityId: open.facilityId, admittedOn: open.admittedOn, onLeave: currentLeave(open), payer: currentPayer(open) },
      diedOn,
    };
    const problem = orderProblem(position, event);
    if (problem) return { stays, violation: { ...problem, eventId: event.id } };
    if (event.kind === "ADMISSION") {
      const admission = {
        facilityId: event.facilityId,
        admissionSource: event.admissionSource ?? "COMMUNITY",
        admittedFromFacilityId: event.fromFacilityId,
        previousStayId: null,
      };
      open = openStay(event, admission, event.payer);
      stays.push(open);
      continue;
    }
    if (!open) continue; // orderProblem refuses every other event without an open stay
    open.eventIds.push(event.id);
    switch (event.kind) {
      case "HOSPITAL_LEAVE":
      case "LEAVE_OF_ABSENCE":
        open.leavePeriods.push({ kind: event.kind, leftOn: event.effectiveOn, returnedOn: null });
        break;
      case "RETURN":
        for (const leave of open.leavePeriods) leave.returnedOn ??= event.effectiveOn;
        break;
      case "PAYER_CHANGE":
        if (event.payer) changePayer(open, event.payer, event.effectiveOn);
        break;
      case "DISCHARGE":
        close(open, event.effectiveOn, "DISCHARGED");
        open.dischargeDestination = event.dischargeDestination;
        open = null;
        break;
      case "DEATH":
        close(open, event.effectiveOn, "DIED");
        diedOn = event.effectiveOn;
        open = null;
        break;
      case "TRANSFER_OUT": {
        // A transfer closes one stay and opens the next, linked, so PASRR records can follow the
        // person (OH COA guide: a PAS "follows the individual if they transfer to a different NF").
        const payer = currentPayer(open);
        close(open, event.effectiveOn, "TRANSFERRED");
        const receiving = event.toFacilityId ?? open.facilityId;
        open.transferredToFacilityId = receiving;
        open.nextStayId = event.id;
        const next = openStay(
          event,
          { facilityId: receiving, admissionSource: "ANOTHER_NURSING_FACILITY", admittedFromFacilityId: open.facilityId, previousStayId: open.id },
          payer,
        );
        stays.push(next);
        open = next;
        break;
      }
    }
  }
  return { stays: withCorrections(stays, events) };
}

/** Each stay also lists the corrections of its events, after them, so its history reads whole. */
function withCorrections(stays: DerivedStay[], events: readonly CensusEventFacts[]): DerivedStay[] {
  const home = new Map<string, DerivedStay>();
  for (const stay of stays) for (const id of stay.eventIds) if (!home.has(id)) home.set(id, stay);
  for (const event of events) {
    if (event.kind === "CORRECTION" && event.correctsEventId) home.get(event.correctsEventId)?.eventIds.push(event.id);
  }
  return stays;
}
