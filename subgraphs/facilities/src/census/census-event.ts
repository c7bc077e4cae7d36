import type { CalendarDate } from "@pasrr/platform";

/**
 * A census event as plain data: what the rules and the stay derivation read. Storage (Prisma)
 * and the API (type-graphql) each have their own shape; both convert to this one.
 */
export type CensusEventKind =
  | "ADMISSION"
  | "TRANSFER_OUT"
  | "HOSPITAL_LEAVE"
  | "LEAVE_OF_ABSENCE"
  | "RETURN"
  | "DISCHARGE"
  | "DEATH"
  | "PAYER_CHANGE"
  | "CORRECTION";

export type AdmissionSource =
  | "HOSPITAL_INPATIENT"
  | "HOSPITAL_EMERGENCY_OR_OBSERVATION"
  | "PSYCHIATRIC_UNIT"
  | "COMMUNITY"
  | "ANOTHER_NURSING_FACILITY"
  | "OUT_OF_STATE";

export type Payer = "MEDICARE_PART_A" | "MEDICAID" | "MEDICAID_COPAY" | "MANAGED_CARE" | "PRIVATE" | "HOSPICE";

export type DischargeDestination =
  | "HOME_OR_COMMUNITY"
  | "ASSISTED_LIVING"
  | "HOSPITAL"
  | "PSYCHIATRIC_HOSPITAL"
  | "OUT_OF_STATE"
  | "ABSENT_WITHOUT_LEAVE"
  | "OTHER";

export interface CensusEventFacts {
  id: string;
  individualId: string;
  facilityId: string;
  kind: CensusEventKind;
  effectiveOn: CalendarDate;
  recordedAt: Date;
  admissionSource: AdmissionSource | null;
  payer: Payer | null;
  fromFacilityId: string | null;
  toFacilityId: string | null;
  dischargeDestination: DischargeDestination | null;
  correctsEventId: string | null;
  voidsCorrected: boolean;
}

/** The kinds a facility reports about a resident's movements (everything but a correction). */
export type MovementKind = Exclude<CensusEventKind, "CORRECTION">;
export type MovementEvent = CensusEventFacts & { kind: MovementKind };

/** Which of an event's facts a correction may restate, by the kind of event corrected. */
export const correctableFacts: Record<MovementKind, readonly (keyof CensusEventFacts)[]> = {
  ADMISSION: ["effectiveOn", "admissionSource", "payer", "fromFacilityId"],
  TRANSFER_OUT: ["effectiveOn", "toFacilityId"],
  HOSPITAL_LEAVE: ["effectiveOn"],
  LEAVE_OF_ABSENCE: ["effectiveOn"],
  RETURN: ["effectiveOn"],
  DISCHARGE: ["effectiveOn", "dischargeDestination"],
  DEATH: ["effectiveOn"],
  PAYER_CHANGE: ["effectiveOn", "payer"],
};
