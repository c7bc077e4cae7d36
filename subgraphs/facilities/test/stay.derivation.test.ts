import { describe, expect, it } from "vitest";
import { deriveStays } from "../src/stay/stay-derivation.rules.ts";
import { history } from "./census-history.ts";

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
