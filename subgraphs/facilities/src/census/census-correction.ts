import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import { refusedInput } from "../errors.ts";
import type { CensusEvent } from "../generated/prisma/client.ts";
import { correctableFacts, movementFactNames, type MovementKind } from "./census-event.ts";
import type { CensusEventDraft } from "./record-census-event.schema.ts";

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
