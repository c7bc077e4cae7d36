import { describe, expect, it } from "vitest";
import { deriveStays } from "../src/stay/stay-derivation.rules.ts";
import { history } from "./census-history.ts";

describe("corrections: history is never edited (CT PathTracker best practice 4)", () => {
  it("a correction restates the admission date and the stay follows it", () => {
    const h = history();
    const admission = h.admit("2026-09-02");
    const correction = h.event({
      kind: "CORRECTION",
      effectiveOn: "2026-09-01",
      correctsEventId: admission.id,
      admissionSource: "HOSPITAL_INPATIENT",
      payer: "MEDICARE_PART_A",
    });
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
