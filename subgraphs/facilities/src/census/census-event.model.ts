import type { CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * A census event as plain data: what the rules and the stay derivation read. Storage (Prisma)
 * and the API (type-graphql) each have their own shape; both convert to this one.
 */
export type CensusEventKind =
  "ADMISSION" | "TRANSFER_OUT" | "HOSPITAL_LEAVE" | "LEAVE_OF_ABSENCE" | "RETURN" | "DISCHARGE" | "DEATH" | "PAYER_CHANGE" | "CORRECTION";

export type AdmissionSource =
  "HOSPITAL_INPATIENT" | "HOSPITAL_EMERGENCY_OR_OBSERVATION" | "PSYCHIATRIC_UNIT" | "COMMUNITY" | "ANOTHER_NURSING_FACILITY" | "OUT_OF_STATE";

export type Payer = "MEDICARE_PART_A" | "MEDICAID" | "MEDICAID_COPAY" | "MANAGED_CARE" | "PRIVATE" | "HOSPICE";

export type DischargeDestination =
  "HOME_OR_COMMUNITY" | "ASSISTED_LIVING" | "HOSPITAL" | "PSYCHIATRIC_HOSPITAL" | "OUT_OF_STATE" | "ABSENT_WITHOUT_LEAVE" | "OTHER";

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

/** The facts beside its day that a movement may carry. */
export const movementFactNames = ["admissionSource", "payer", "fromFacilityId", "toFacilityId", "dischargeDestination"] as const;
export type MovementFact = (typeof movementFactNames)[number];

/** Which facts each kind of movement carries, and which of them it must have. */
export const movementFacts: Record<MovementKind, { carries: readonly MovementFact[]; requires: readonly MovementFact[] }> = {
  ADMISSION: { carries: ["admissionSource", "payer", "fromFacilityId"], requires: ["admissionSource", "payer"] },
  TRANSFER_OUT: { carries: ["toFacilityId"], requires: ["toFacilityId"] },
  HOSPITAL_LEAVE: { carries: [], requires: [] },
  LEAVE_OF_ABSENCE: { carries: [], requires: [] },
  RETURN: { carries: [], requires: [] },
  DISCHARGE: { carries: ["dischargeDestination"], requires: ["dischargeDestination"] },
  DEATH: { carries: [], requires: [] },
  PAYER_CHANGE: { carries: ["payer"], requires: ["payer"] },
};

/** A correction may restate the day and the facts of the kind it corrects, nothing else. */
export const correctableFacts = (kind: MovementKind): readonly (keyof CensusEventFacts)[] => ["effectiveOn", ...movementFacts[kind].carries];
