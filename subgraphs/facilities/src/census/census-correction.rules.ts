import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import { refusedInput } from "@pasrr/graphql-kit/input-validation";
import type { CensusEvent } from "../generated/prisma/client.ts";
import { correctableFacts, movementFactNames, type CensusEventFacts, type MovementEvent, type MovementKind } from "./census-event.model.ts";
import type { CensusEventDraft } from "./record-census-event.validation.ts";

/**
 * A CORRECTION restates the event it names as it should read (CT PathTracker best practice 4:
 * mistakes are never fixed by editing). Given facts replace the original's, the rest are carried
 * over, so the correction row alone says what the event now is. Only the facts of the corrected
 * kind may change, and a void (entered in error) restates nothing.
 */
export function restateCorrected(draft: CensusEventDraft, target: CensusEvent | null): CensusEventDraft {
  const refuse = (field: string, why: string) => refusedInput(`input.${field}`, "CORRECTION_TARGET", why);
  if (!target) throw refuse("correctsEventId", "names no census event");
  if (target.kind === "CORRECTION") throw refuse("correctsEventId", "names a correction; correct the original event instead (the latest correction wins)");
  if (target.individualId !== draft.individualId) throw refuse("individualId", "is not the person of the corrected event");
  if (target.facilityId !== draft.facilityId) throw refuse("facilityId", "is not the facility of the corrected event");
  const kind: MovementKind = target.kind;
  const given = movementFactNames.filter((fact) => draft[fact] !== null);
  if (draft.voidsCorrected && given.length > 0) throw refuse(given[0]!, "a void restates nothing; leave it out");
  for (const fact of given) {
    if (!correctableFacts(kind).includes(fact)) throw refuse(fact, `cannot be corrected on a ${kind}`);
  }
  return {
    ...draft,
    effectiveOn: draft.voidsCorrected ? fromDbDate(target.effectiveOn) : draft.effectiveOn,
    admissionSource: draft.admissionSource ?? target.admissionSource,
    payer: draft.payer ?? target.payer,
    fromFacilityId: draft.fromFacilityId ?? target.fromFacilityId,
    toFacilityId: draft.toFacilityId ?? target.toFacilityId,
    dischargeDestination: draft.dischargeDestination ?? target.dischargeDestination,
  };
}

/** Later of two recordings: by the instant recorded, then by id (uuid v7 ids grow with time). */
const recordedAfter = (a: CensusEventFacts, b: CensusEventFacts) =>
  a.recordedAt.getTime() !== b.recordedAt.getTime() ? a.recordedAt > b.recordedAt : a.id > b.id;

/**
 * The movements as they stand once corrections are applied. History is never edited (CT
 * PathTracker best practice 4: "do not make any changes to fix a mistake"): a CORRECTION names
 * the event it corrects and restates it as it should read, or says it was entered in error.
 * The latest correction of an event wins, so a wrong correction is itself fixed by another.
 */
export function applyCorrections(events: readonly CensusEventFacts[]): MovementEvent[] {
  const latest = new Map<string, CensusEventFacts>();
  for (const event of events) {
    if (event.kind !== "CORRECTION" || !event.correctsEventId) continue;
    const previous = latest.get(event.correctsEventId);
    if (!previous || recordedAfter(event, previous)) latest.set(event.correctsEventId, event);
  }
  const movements: MovementEvent[] = [];
  for (const event of events) {
    if (event.kind === "CORRECTION") continue;
    const correction = latest.get(event.id);
    if (correction?.voidsCorrected) continue;
    if (!correction) {
      movements.push({ ...event, kind: event.kind });
      continue;
    }
    const restated: MovementEvent = { ...event, kind: event.kind };
    for (const fact of correctableFacts(event.kind)) Object.assign(restated, { [fact]: correction[fact] });
    movements.push(restated);
  }
  return movements;
}

/** Effective order: by the day it happened, then in the order the facility recorded it. */
export function inEffectiveOrder<T extends CensusEventFacts>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.effectiveOn !== b.effectiveOn ? (a.effectiveOn < b.effectiveOn ? -1 : 1) : recordedAfter(a, b) ? 1 : recordedAfter(b, a) ? -1 : 0,
  );
}
