import { daysBetween, type CalendarDate } from "@pasrr/calendar/calendar-date";
import type { AdmissionSource } from "./census-event.model.ts";

/** The facility types that keep a census (CT PathTracker best practice 1: NFs enter census). */
export const censusKeepingTypes = ["NURSING_FACILITY", "ICF_IID"] as const;
export type FacilityTypeName = "NURSING_FACILITY" | "ICF_IID" | "HOSPITAL" | "PSYCHIATRIC_HOSPITAL";

export const keepsCensus = (type: FacilityTypeName) => (censusKeepingTypes as readonly string[]).includes(type);

/**
 * CT PathTracker best practice 2: "Do not enter an individual into your census until that
 * individual is in your facility." A census records what happened, so no event is dated ahead.
 */
export function futureDateProblem(effectiveOn: CalendarDate, today: CalendarDate): string | undefined {
  return effectiveOn > today ? `may not be after today (${today}): never enter someone before they arrive (CT PathTracker)` : undefined;
}

/**
 * CT PathTracker best practice 3: delays in census notices delay payment; CO 10 CCR 2505-10
 * 8.401.44 B: discharges are reported within one week. An entry made more than `lateEntryDays`
 * after the day it happened is accepted, and flagged late.
 */
export const isLateEntry = (effectiveOn: CalendarDate, recordedOn: CalendarDate, lateEntryDays: number) => daysBetween(effectiveOn, recordedOn) > lateEntryDays;

/** Which facility types may stand behind each admission source, when the source facility is named. */
const sourceFacilityTypes: Record<AdmissionSource, readonly FacilityTypeName[]> = {
  HOSPITAL_INPATIENT: ["HOSPITAL"],
  HOSPITAL_EMERGENCY_OR_OBSERVATION: ["HOSPITAL"],
  PSYCHIATRIC_UNIT: ["HOSPITAL", "PSYCHIATRIC_HOSPITAL"],
  ANOTHER_NURSING_FACILITY: ["NURSING_FACILITY", "ICF_IID"],
  COMMUNITY: [],
  OUT_OF_STATE: ["HOSPITAL", "PSYCHIATRIC_HOSPITAL", "NURSING_FACILITY", "ICF_IID"],
};

/** An admission's named source facility must be the kind of place its source says. */
export function sourceFacilityProblem(source: AdmissionSource, fromType: FacilityTypeName): string | undefined {
  const allowed = sourceFacilityTypes[source];
  if (allowed.length === 0) return `an admission from ${source} names no source facility`;
  return allowed.includes(fromType) ? undefined : `is a ${fromType}, not a place a ${source} admission comes from`;
}

/**
 * OH COA guide, "Nursing Facility to hospital to different Nursing Facility": PASRR records
 * follow the person from one NF to another, so a transfer names a receiving facility that keeps
 * a census and is not the sending one.
 */
export function transferTargetProblem(fromFacilityId: string, to: { id: string; type: FacilityTypeName }): string | undefined {
  if (to.id === fromFacilityId) return "names the facility the person is leaving; a transfer goes to another facility";
  return keepsCensus(to.type)
    ? undefined
    : `is a ${to.type}; a transfer goes to a nursing facility or ICF/IID (record a HOSPITAL_LEAVE or a DISCHARGE to a hospital instead)`;
}

/** Which corrections a nursing facility may record itself; the rest go to the state's help desk (the state agency records them). */
export type NursingFacilityCorrections = "ANY" | "CURRENT_ADMISSION_DATE";

/**
 * CT PathTracker best practice 4: "Do not make any changes to fix a mistake. If any edits are needed
 * to be made other than editing current admission date, please contact the CT PASRR Help Desk." Where
 * the state says so, a NF may only restate the date of the admission that opened its current stay;
 * why not, or null.
 */
export function selfCorrectionRefusal(
  allowed: NursingFacilityCorrections,
  correction: { correctsEventId: string; voidsCorrected: boolean; restatedFacts: readonly string[] },
  currentAdmissionEventId: string | null,
): string | null {
  if (allowed === "ANY") return null;
  if (correction.correctsEventId !== currentAdmissionEventId)
    return "a nursing facility may correct only the date of its current admission; ask the state's PASRR help desk to correct any other event (CT PathTracker best practice 4)";
  if (correction.voidsCorrected || correction.restatedFacts.length > 0)
    return "a nursing facility may change only the current admission's date; ask the state's PASRR help desk for anything else (CT PathTracker best practice 4)";
  return null;
}
