import { z } from "zod";
import { isCalendarDate, isRecordId, type CalendarDate } from "@pasrr/platform";
import type { AdmissionSource, CensusEventKind, DischargeDestination, Payer } from "./census-event.ts";
import { futureDateProblem } from "./census.rules.ts";

const optionalFacts = ["admissionSource", "payer", "fromFacilityId", "toFacilityId", "dischargeDestination", "correctsEventId", "voidsCorrected", "reason"] as const;
type OptionalFact = (typeof optionalFacts)[number];

/** Which optional fields each kind takes, and which of them it must have. */
const factsOf: Record<CensusEventKind, { allowed: readonly OptionalFact[]; required: readonly OptionalFact[] }> = {
  ADMISSION: { allowed: ["admissionSource", "payer", "fromFacilityId"], required: ["admissionSource", "payer"] },
  TRANSFER_OUT: { allowed: ["toFacilityId"], required: ["toFacilityId"] },
  HOSPITAL_LEAVE: { allowed: [], required: [] },
  LEAVE_OF_ABSENCE: { allowed: [], required: [] },
  RETURN: { allowed: [], required: [] },
  DISCHARGE: { allowed: ["dischargeDestination"], required: ["dischargeDestination"] },
  DEATH: { allowed: [], required: [] },
  PAYER_CHANGE: { allowed: ["payer"], required: ["payer"] },
  CORRECTION: { allowed: optionalFacts, required: ["correctsEventId", "reason"] },
};

const id = z
  .string()
  .refine(isRecordId, "is not an id the hub gave out")
  .transform((value) => value.toLowerCase());

/** A census event input after the edge checks; the rules of order are checked against the history. */
export interface CensusEventDraft {
  kind: CensusEventKind;
  individualId: string;
  facilityId: string;
  effectiveOn: CalendarDate;
  admissionSource: AdmissionSource | null;
  payer: Payer | null;
  fromFacilityId: string | null;
  toFacilityId: string | null;
  dischargeDestination: DischargeDestination | null;
  correctsEventId: string | null;
  voidsCorrected: boolean;
  reason: string | null;
}

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
      for (const fact of optionalFacts) {
        const given = input[fact] !== null && input[fact] !== undefined && input[fact] !== "" && input[fact] !== false;
        if (given && !factsOf[kind].allowed.includes(fact)) {
          ctx.addIssue({ code: "custom", path: [fact], message: `does not apply to a ${kind}`, params: { rule: "FIELD_NOT_FOR_KIND" } });
        }
        if (!given && factsOf[kind].required.includes(fact)) {
          ctx.addIssue({ code: "custom", path: [fact], message: `is required for a ${kind}`, params: { rule: "FIELD_REQUIRED_FOR_KIND" } });
        }
      }
    })
    .transform(
      (input): CensusEventDraft => ({
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
      }),
    );
