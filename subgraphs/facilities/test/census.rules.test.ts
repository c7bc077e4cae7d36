import { describe, expect, it } from "vitest";
import { futureDateProblem, isLateEntry, sourceFacilityProblem, transferTargetProblem } from "../src/census/census.rules.ts";
import { deriveStays } from "../src/stay/stay.derivation.ts";
import { payerOn, presenceOn, isPresentOn } from "../src/stay/stay.rules.ts";
import { history } from "./census-history.ts";

describe("census rules on a single event", () => {
  it("an admission may not be dated after today: never enter someone before they arrive (CT PathTracker)", () => {
    expect(futureDateProblem("2026-11-23", "2026-11-22")).toMatch(/never enter someone before they arrive/);
    expect(futureDateProblem("2026-11-22", "2026-11-22")).toBeUndefined();
  });

  it("an entry more than N days after the day it happened is late; N days exactly is not", () => {
    expect(isLateEntry("2026-11-01", "2026-11-08", 7)).toBe(false);
    expect(isLateEntry("2026-11-01", "2026-11-09", 7)).toBe(true);
    expect(isLateEntry("2026-11-22", "2026-11-22", 0)).toBe(false);
    expect(isLateEntry("2026-11-21", "2026-11-22", 0)).toBe(true);
  });

  it("a named source facility must be the kind of place the admission source says", () => {
    expect(sourceFacilityProblem("HOSPITAL_INPATIENT", "HOSPITAL")).toBeUndefined();
    expect(sourceFacilityProblem("HOSPITAL_INPATIENT", "NURSING_FACILITY")).toMatch(/not a place/);
    expect(sourceFacilityProblem("PSYCHIATRIC_UNIT", "PSYCHIATRIC_HOSPITAL")).toBeUndefined();
    expect(sourceFacilityProblem("COMMUNITY", "HOSPITAL")).toMatch(/names no source facility/);
  });

  it("a transfer goes to another nursing facility or ICF/IID, never to the same one or to a hospital", () => {
    expect(transferTargetProblem("nf-a", { id: "nf-b", type: "NURSING_FACILITY" })).toBeUndefined();
    expect(transferTargetProblem("nf-a", { id: "nf-a", type: "NURSING_FACILITY" })).toMatch(/another facility/);
    expect(transferTargetProblem("nf-a", { id: "h", type: "HOSPITAL" })).toMatch(/HOSPITAL_LEAVE or a DISCHARGE/);
  });
});

describe("stays derived from census events", () => {
  it("admit from hospital → hospital leave → return → transfer → discharge yields two linked stays", () => {
    const h = history();
    const admission = h.admit("2026-09-01", { fromFacilityId: "hosp" });
    h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-10" });
    h.event({ kind: "RETURN", effectiveOn: "2026-09-13" });
    h.event({ kind: "PAYER_CHANGE", effectiveOn: "2026-09-21", payer: "MEDICAID" });
    const transfer = h.event({ kind: "TRANSFER_OUT", effectiveOn: "2026-10-01", toFacilityId: "nf-b" });
    h.event({ kind: "DISCHARGE", effectiveOn: "2026-10-20", facilityId: "nf-b", dischargeDestination: "HOME_OR_COMMUNITY" });
    const { stays, violation } = deriveStays(h.events);
    expect(violation).toBeUndefined();
    expect(stays).toHaveLength(2);
    const [first, second] = stays;
    expect(first).toMatchObject({
      id: admission.id,
      facilityId: "nf-a",
      admittedOn: "2026-09-01",
      admissionSource: "HOSPITAL_INPATIENT",
      admittedFromFacilityId: "hosp",
      dischargedOn: "2026-10-01",
      endReason: "TRANSFERRED",
      transferredToFacilityId: "nf-b",
      nextStayId: transfer.id,
      payerPeriods: [
        { payer: "MEDICARE_PART_A", startsOn: "2026-09-01", endsOn: "2026-09-21" },
        { payer: "MEDICAID", startsOn: "2026-09-21", endsOn: "2026-10-01" },
      ],
      leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-09-10", returnedOn: "2026-09-13" }],
    });
    expect(second).toMatchObject({
      id: transfer.id,
      facilityId: "nf-b",
      admittedOn: "2026-10-01",
      admissionSource: "ANOTHER_NURSING_FACILITY",
      admittedFromFacilityId: "nf-a",
      previousStayId: admission.id,
      dischargedOn: "2026-10-20",
      endReason: "DISCHARGED",
      dischargeDestination: "HOME_OR_COMMUNITY",
      // The payer carries over to the receiving facility until it records a change.
      payerPeriods: [{ payer: "MEDICAID", startsOn: "2026-10-01", endsOn: "2026-10-20" }],
    });
  });

  it("a person cannot be admitted while an open stay elsewhere has no discharge or transfer", () => {
    const h = history();
    h.admit("2026-09-01");
    const second = h.admit("2026-09-05", { facilityId: "nf-b" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "ALREADY_ADMITTED", eventId: second.id });
  });

  it("a person may be admitted again after a discharge, even on the same day", () => {
    const h = history();
    h.admit("2026-09-01");
    h.event({ kind: "DISCHARGE", effectiveOn: "2026-09-05", dischargeDestination: "HOSPITAL" });
    h.admit("2026-09-05", { facilityId: "nf-b" });
    const { stays, violation } = deriveStays(h.events);
    expect(violation).toBeUndefined();
    expect(stays.map((stay) => [stay.facilityId, stay.admittedOn, stay.dischargedOn])).toEqual([
      ["nf-a", "2026-09-01", "2026-09-05"],
      ["nf-b", "2026-09-05", null],
    ]);
  });

  it.each(["HOSPITAL_LEAVE", "RETURN", "DEATH", "TRANSFER_OUT"] as const)("a %s before any admission breaks NO_OPEN_STAY", (kind) => {
    const h = history();
    const event = h.event({ kind, effectiveOn: "2026-09-01", toFacilityId: kind === "TRANSFER_OUT" ? "nf-b" : null });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "NO_OPEN_STAY", eventId: event.id });
  });

  it("no return without a leave", () => {
    const h = history();
    h.admit("2026-09-01");
    const back = h.event({ kind: "RETURN", effectiveOn: "2026-09-03" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "RETURN_WITHOUT_LEAVE", eventId: back.id });
  });

  it("no second leave before the return from the first", () => {
    const h = history();
    h.admit("2026-09-01");
    h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-03" });
    const again = h.event({ kind: "LEAVE_OF_ABSENCE", effectiveOn: "2026-09-04" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "ALREADY_ON_LEAVE", eventId: again.id });
  });

  it("nothing after death, at any facility", () => {
    const h = history();
    h.admit("2026-09-01");
    h.event({ kind: "DEATH", effectiveOn: "2026-09-20" });
    const after = h.admit("2026-09-25", { facilityId: "nf-b" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "NOTHING_AFTER_DEATH", eventId: after.id });
  });

  it("events at a facility other than the one with the open stay are refused", () => {
    const h = history();
    h.admit("2026-09-01");
    const elsewhere = h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-03", facilityId: "nf-b" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "NO_OPEN_STAY", eventId: elsewhere.id });
  });

  it("a payer change to the payer already paying is refused", () => {
    const h = history();
    h.admit("2026-09-01", { payer: "MEDICAID" });
    const same = h.event({ kind: "PAYER_CHANGE", effectiveOn: "2026-09-03", payer: "MEDICAID" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "PAYER_UNCHANGED", eventId: same.id });
  });

  it("an event entered late takes its place by effective date, and may break what was recorded after it", () => {
    const h = history();
    h.admit("2026-09-01");
    h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-10" });
    h.event({ kind: "RETURN", effectiveOn: "2026-09-12" });
    // Entered afterwards, but it happened earlier: fits between admission and leave.
    h.event({ kind: "PAYER_CHANGE", effectiveOn: "2026-09-05", payer: "MEDICAID" });
    expect(deriveStays(h.events).violation).toBeUndefined();
    // A discharge entered late, dated before the leave: the leave no longer has a stay.
    h.event({ kind: "DISCHARGE", effectiveOn: "2026-09-08", dischargeDestination: "HOSPITAL" });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "NO_OPEN_STAY", eventId: "e02" });
  });

  it("a payer change on the admission day replaces the admission payer instead of making an empty period", () => {
    const h = history();
    h.admit("2026-09-01", { payer: "PRIVATE" });
    h.event({ kind: "PAYER_CHANGE", effectiveOn: "2026-09-01", payer: "MEDICAID" });
    expect(deriveStays(h.events).stays[0]?.payerPeriods).toEqual([{ payer: "MEDICAID", startsOn: "2026-09-01", endsOn: null }]);
  });

  it("a discharge while on hospital leave ends the leave on the discharge day", () => {
    const h = history();
    h.admit("2026-09-01");
    h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-10" });
    h.event({ kind: "DISCHARGE", effectiveOn: "2026-09-15", dischargeDestination: "HOSPITAL" });
    expect(deriveStays(h.events).stays[0]?.leavePeriods).toEqual([{ kind: "HOSPITAL_LEAVE", leftOn: "2026-09-10", returnedOn: "2026-09-15" }]);
  });
});

describe("corrections: history is never edited (CT PathTracker best practice 4)", () => {
  it("a correction restates the admission date and the stay follows it", () => {
    const h = history();
    const admission = h.admit("2026-09-02");
    const correction = h.event({ kind: "CORRECTION", effectiveOn: "2026-09-01", correctsEventId: admission.id, admissionSource: "HOSPITAL_INPATIENT", payer: "MEDICARE_PART_A" });
    const { stays } = deriveStays(h.events);
    expect(stays[0]).toMatchObject({ id: admission.id, admittedOn: "2026-09-01", eventIds: [admission.id, correction.id] });
  });

  it("a void removes the event: a voided discharge reopens the stay", () => {
    const h = history();
    h.admit("2026-09-01");
    const discharge = h.event({ kind: "DISCHARGE", effectiveOn: "2026-09-05", dischargeDestination: "OTHER" });
    h.event({ kind: "CORRECTION", effectiveOn: "2026-09-05", correctsEventId: discharge.id, voidsCorrected: true });
    expect(deriveStays(h.events).stays[0]).toMatchObject({ dischargedOn: null, endReason: null });
  });

  it("the latest correction of an event wins", () => {
    const h = history();
    h.admit("2026-09-01");
    const change = h.event({ kind: "PAYER_CHANGE", effectiveOn: "2026-09-10", payer: "MEDICAID" });
    h.event({ kind: "CORRECTION", effectiveOn: "2026-09-10", correctsEventId: change.id, payer: "PRIVATE" });
    h.event({ kind: "CORRECTION", effectiveOn: "2026-09-11", correctsEventId: change.id, payer: "MANAGED_CARE" });
    expect(deriveStays(h.events).stays[0]?.payerPeriods.at(-1)).toEqual({ payer: "MANAGED_CARE", startsOn: "2026-09-11", endsOn: null });
  });

  it("voiding an admission that later events depend on breaks the rules of order", () => {
    const h = history();
    const admission = h.admit("2026-09-01");
    const leave = h.event({ kind: "HOSPITAL_LEAVE", effectiveOn: "2026-09-03" });
    h.event({ kind: "CORRECTION", effectiveOn: "2026-09-01", correctsEventId: admission.id, voidsCorrected: true });
    expect(deriveStays(h.events).violation).toMatchObject({ rule: "NO_OPEN_STAY", eventId: leave.id });
  });

  it("correcting a transfer's receiving facility moves the next stay there", () => {
    const h = history();
    h.admit("2026-09-01");
    const transfer = h.event({ kind: "TRANSFER_OUT", effectiveOn: "2026-09-20", toFacilityId: "nf-b" });
    h.event({ kind: "CORRECTION", effectiveOn: "2026-09-20", correctsEventId: transfer.id, toFacilityId: "nf-c" });
    const { stays } = deriveStays(h.events);
    expect(stays.map((stay) => stay.facilityId)).toEqual(["nf-a", "nf-c"]);
  });
});

describe("a day of a stay", () => {
  const stay = { admittedOn: "2026-09-01", dischargedOn: "2026-09-20" };
  it("the census counts the day of admission and not the day of discharge", () => {
    expect(isPresentOn(stay, "2026-08-31")).toBe(false);
    expect(isPresentOn(stay, "2026-09-01")).toBe(true);
    expect(isPresentOn(stay, "2026-09-19")).toBe(true);
    expect(isPresentOn(stay, "2026-09-20")).toBe(false);
  });

  it("a resident on hospital leave is on the census as away with the bed held, back on the return day", () => {
    const leaves = [{ kind: "HOSPITAL_LEAVE" as const, leftOn: "2026-09-10", returnedOn: "2026-09-13" }];
    expect(presenceOn(leaves, "2026-09-09")).toBe("IN_FACILITY");
    expect(presenceOn(leaves, "2026-09-10")).toBe("HOSPITAL_LEAVE");
    expect(presenceOn(leaves, "2026-09-13")).toBe("IN_FACILITY");
  });

  it("the payer of a day is the period that covers it", () => {
    const periods = [
      { payer: "MEDICARE_PART_A" as const, startsOn: "2026-09-01", endsOn: "2026-09-21" },
      { payer: "MEDICAID" as const, startsOn: "2026-09-21", endsOn: null },
    ];
    expect(payerOn(periods, "2026-09-20")).toBe("MEDICARE_PART_A");
    expect(payerOn(periods, "2026-09-21")).toBe("MEDICAID");
    expect(payerOn(periods, "2026-08-01")).toBeNull();
  });
});
