import type { AdmissionSource, CensusEventKind, DischargeDestination, Payer, RecordCensusEventInput } from "../../gql/graphql.ts";
import type { HubProblem } from "../../graphql/hub-error.tsx";

/** What the coordinator has entered so far; only the kind's own fields are sent. */
export interface CensusEventDraft {
  kind: CensusEventKind;
  individualId: string;
  effectiveOn: string;
  admissionSource: AdmissionSource | null;
  payer: Payer | null;
  fromFacilityId: string | null;
  toFacilityId: string | null;
  dischargeDestination: DischargeDestination | null;
  correctsEventId: string | null;
  /** For a void, the corrected event's own day (a void restates nothing). */
  correctedEffectiveOn: string | null;
  voidsCorrected: boolean;
  reason: string;
}

export const emptyDraft = (kind: CensusEventKind, today: string, individualId = ""): CensusEventDraft => ({
  kind,
  individualId,
  effectiveOn: today,
  admissionSource: null,
  payer: null,
  fromFacilityId: null,
  toFacilityId: null,
  dischargeDestination: null,
  correctsEventId: null,
  correctedEffectiveOn: null,
  voidsCorrected: false,
  reason: "",
});

/**
 * The fields each kind asks for, as the facilities service's census validation has them
 * (record-census-event.validation.ts, census-event.model.ts movementFacts): a field that does not
 * apply to the kind is refused, so the form never shows or sends it.
 */
export type KindField = "admissionSource" | "payer" | "fromFacilityId" | "toFacilityId" | "dischargeDestination" | "correction";
export const kindFields: Record<CensusEventKind, readonly KindField[]> = {
  ADMISSION: ["admissionSource", "payer", "fromFacilityId"],
  TRANSFER_OUT: ["toFacilityId"],
  HOSPITAL_LEAVE: [],
  LEAVE_OF_ABSENCE: [],
  RETURN: [],
  DISCHARGE: ["dischargeDestination"],
  DEATH: [],
  PAYER_CHANGE: ["payer"],
  CORRECTION: ["correction"],
};

/** The mutation's input: the kind's fields only (any other is refused as FIELD_NOT_FOR_KIND). */
export function censusEventInput(draft: CensusEventDraft, facilityId: string): RecordCensusEventInput {
  const fields = kindFields[draft.kind];
  const voids = draft.kind === "CORRECTION" && draft.voidsCorrected;
  return {
    kind: draft.kind,
    individualId: draft.individualId.trim(),
    facilityId,
    effectiveOn: voids && draft.correctedEffectiveOn ? draft.correctedEffectiveOn : draft.effectiveOn,
    ...(fields.includes("admissionSource") ? { admissionSource: draft.admissionSource } : {}),
    ...(fields.includes("payer") ? { payer: draft.payer } : {}),
    ...(fields.includes("fromFacilityId") && draft.fromFacilityId ? { fromFacilityId: draft.fromFacilityId } : {}),
    ...(fields.includes("toFacilityId") ? { toFacilityId: draft.toFacilityId } : {}),
    ...(fields.includes("dischargeDestination") ? { dischargeDestination: draft.dischargeDestination } : {}),
    ...(fields.includes("correction") ? { correctsEventId: draft.correctsEventId, voidsCorrected: draft.voidsCorrected, reason: draft.reason } : {}),
  };
}

/** The hub's BAD_USER_INPUT problems by the input field they name (`extensions.field`, "input.payer" → "payer"). */
export function problemsByField(problems: HubProblem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) {
    if (problem.code !== "BAD_USER_INPUT" || !problem.field) continue;
    const field = problem.field.replace(/^input\./, "");
    byField[field] = problem.message.replace(/^[\w.]+: /, "");
  }
  return byField;
}
