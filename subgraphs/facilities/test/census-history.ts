import type { CensusEventFacts } from "../src/census/census-event.model.ts";

/** Builds a person's census history for rule tests: each event recorded one minute after the last. */
export function history(individualId = "person-1") {
  const events: CensusEventFacts[] = [];
  let clock = Date.parse("2026-01-01T00:00:00Z");
  const add = (facts: Partial<CensusEventFacts> & Pick<CensusEventFacts, "kind" | "effectiveOn">) => {
    clock += 60_000;
    const event: CensusEventFacts = {
      id: `e${String(events.length + 1).padStart(2, "0")}`,
      individualId,
      facilityId: "nf-a",
      recordedAt: new Date(clock),
      admissionSource: null,
      payer: null,
      fromFacilityId: null,
      toFacilityId: null,
      dischargeDestination: null,
      correctsEventId: null,
      voidsCorrected: false,
      ...facts,
    };
    events.push(event);
    return event;
  };
  return {
    events,
    admit: (effectiveOn: string, facts: Partial<CensusEventFacts> = {}) =>
      add({ kind: "ADMISSION", effectiveOn, admissionSource: "HOSPITAL_INPATIENT", payer: "MEDICARE_PART_A", ...facts }),
    event: add,
  };
}
