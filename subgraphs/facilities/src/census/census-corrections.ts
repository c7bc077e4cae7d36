import type { CensusEventFacts, MovementEvent } from "./census-event.ts";
import { correctableFacts } from "./census-event.ts";

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
