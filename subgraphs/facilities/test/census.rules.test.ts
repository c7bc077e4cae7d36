import { describe, expect, it } from "vitest";
import { futureDateProblem, isLateEntry, selfCorrectionRefusal, sourceFacilityProblem, transferTargetProblem } from "../src/census/census.rules.ts";
import { isPresentOn, payerOn, presenceOn } from "../src/stay/stay.rules.ts";

describe("census rules on a single event", () => {
  it("CT: a nursing facility corrects only its current admission date; anything else goes to the state's help desk (CT PathTracker best practice 4)", () => {
    const dateOnly = { correctsEventId: "adm", voidsCorrected: false, restatedFacts: [] };
    expect(selfCorrectionRefusal("CURRENT_ADMISSION_DATE", dateOnly, "adm")).toBeNull();
    expect(selfCorrectionRefusal("CURRENT_ADMISSION_DATE", { ...dateOnly, restatedFacts: ["payer"] }, "adm")).toMatch(/only the current admission's date/);
    expect(selfCorrectionRefusal("CURRENT_ADMISSION_DATE", { ...dateOnly, voidsCorrected: true }, "adm")).toMatch(/help desk/);
    expect(selfCorrectionRefusal("CURRENT_ADMISSION_DATE", { ...dateOnly, correctsEventId: "discharge" }, "adm")).toMatch(
      /only the date of its current admission/,
    );
    expect(selfCorrectionRefusal("CURRENT_ADMISSION_DATE", dateOnly, null)).not.toBeNull();
    expect(selfCorrectionRefusal("ANY", { ...dateOnly, restatedFacts: ["payer"] }, null)).toBeNull();
  });

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
