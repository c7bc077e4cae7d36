import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import {
  movementFactNames,
  movementFacts,
  type AdmissionSource,
  type CensusEventFacts,
  type CensusEventKind,
  type DischargeDestination,
  type Payer,
} from "./census-event.model.ts";
import { futureDateProblem } from "./census.rules.ts";

const optionalFacts = [...movementFactNames, "correctsEventId", "voidsCorrected", "reason"] as const;
type OptionalFact = (typeof optionalFacts)[number];

interface KindFields {
  allowed: readonly OptionalFact[];
  required: readonly OptionalFact[];
}

/** Which optional fields each kind takes, and which of them it must have: a movement its facts, a correction any. */
const fieldsOf = (kind: CensusEventKind): KindFields =>
  kind === "CORRECTION"
    ? { allowed: optionalFacts, required: ["correctsEventId", "reason"] }
    : { allowed: movementFacts[kind].carries, required: movementFacts[kind].requires };

const id = z
  .string()
  .refine(isRecordId, "is not an id the hub gave out")
  .transform((value) => value.toLowerCase());

/** A census event input after the edge checks; the rules of order are checked against the history. */
export type CensusEventDraft = Omit<CensusEventFacts, "id" | "recordedAt"> & { reason: string | null };

/** Each issue carries the rule it breaks in `params.rule`, so the refusal can name it. */
export const censusEventDraftSchema = (today: CalendarDate) =>
  z
    .object({
      kind: z.string(),
      individualId: id,
      facilityId: id,
      effectiveOn: z.string().refine(isCalendarDate, "must be a real calendar date written YYYY-MM-DD"),
      admissionSource: z.string().nullish(),
      payer: z.string().nullish(),
      fromFacilityId: id.nullish(),
      toFacilityId: id.nullish(),
      dischargeDestination: z.string().nullish(),
      correctsEventId: id.nullish(),
      voidsCorrected: z.boolean().nullish(),
      reason: z.string().trim().max(500, "may be at most 500 characters").nullish(),
    })
    .superRefine((input, ctx) => {
      const kind = input.kind as CensusEventKind;
      const future = futureDateProblem(input.effectiveOn, today);
      if (future) ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: future, params: { rule: "EVENT_IN_FUTURE" } });
      const fields = fieldsOf(kind);
      for (const fact of optionalFacts) {
        const given = input[fact] !== null && input[fact] !== undefined && input[fact] !== "" && input[fact] !== false;
        if (given && !fields.allowed.includes(fact)) {
          ctx.addIssue({ code: "custom", path: [fact], message: `does not apply to a ${kind}`, params: { rule: "FIELD_NOT_FOR_KIND" } });
        }
        if (!given && fields.required.includes(fact)) {
          ctx.addIssue({ code: "custom", path: [fact], message: `is required for a ${kind}`, params: { rule: "FIELD_REQUIRED_FOR_KIND" } });
        }
      }
    })
    .transform((input): CensusEventDraft => ({
      kind: input.kind as CensusEventKind,
      individualId: input.individualId,
      facilityId: input.facilityId,
      effectiveOn: input.effectiveOn,
      admissionSource: (input.admissionSource ?? null) as AdmissionSource | null,
      payer: (input.payer ?? null) as Payer | null,
      fromFacilityId: input.fromFacilityId ?? null,
      toFacilityId: input.toFacilityId ?? null,
      dischargeDestination: (input.dischargeDestination ?? null) as DischargeDestination | null,
      correctsEventId: input.correctsEventId ?? null,
      voidsCorrected: input.voidsCorrected ?? false,
      reason: input.reason || null,
    }));
