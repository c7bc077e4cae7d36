import { describe, expect, it } from "vitest";
import { residentFactsOf, type FacilityFacts, type RecordedEventFacts } from "../src/census-feed/resident-facts.rules.ts";

const nf = "0193a000-0000-7000-8000-0000000000a1";
const otherNf = "0193a000-0000-7000-8000-0000000000a2";
const icf = "0193a000-0000-7000-8000-0000000000a3";
const facilities = new Map<string, FacilityFacts>([
  [nf, { type: "NURSING_FACILITY", county: "Hamilton" }],
  [otherNf, { type: "NURSING_FACILITY", county: "Butler" }],
  [icf, { type: "ICF_IID", county: "Hamilton" }],
]);
const event = (over: Partial<RecordedEventFacts>): RecordedEventFacts => ({
  kind: "ADMISSION",
  facilityId: nf,
  admissionSource: "HOSPITAL_INPATIENT",
  fromFacilityId: null,
  toFacilityId: null,
  ...over,
});

describe("which census facts feed the Resident Review clocks", () => {
  it("an admission to a NF from a hospital or the community is ADMITTED, with the NF's county", () => {
    expect(residentFactsOf(event({}), facilities)).toEqual([{ fact: "ADMITTED", facilityId: nf, facilityCounty: "Hamilton", fromFacilityId: null }]);
    expect(residentFactsOf(event({ admissionSource: "COMMUNITY" }), facilities).map((f) => f.fact)).toEqual(["ADMITTED"]);
  });

  it("an admission from another NF is a transfer in, from that NF (OH guide: the PAS follows the person)", () => {
    expect(residentFactsOf(event({ admissionSource: "ANOTHER_NURSING_FACILITY", fromFacilityId: otherNf }), facilities)).toEqual([
      { fact: "TRANSFERRED_IN", facilityId: nf, facilityCounty: "Hamilton", fromFacilityId: otherNf },
    ]);
  });

  it("a return from a hospital the person went to on discharge from a NF is no new admission (OH guide)", () => {
    expect(residentFactsOf(event({}), facilities, { dischargeDestination: "HOSPITAL" }).map((f) => f.fact)).toEqual(["READMITTED_FROM_HOSPITAL"]);
    expect(residentFactsOf(event({ admissionSource: "COMMUNITY" }), facilities, { dischargeDestination: "HOSPITAL" }).map((f) => f.fact)).toEqual(["ADMITTED"]);
    expect(residentFactsOf(event({}), facilities, { dischargeDestination: "HOME_OR_COMMUNITY" }).map((f) => f.fact)).toEqual(["ADMITTED"]);
  });

  it("CT: a return from a psychiatric hospital or unit is a return of its own, for the status change the NF submits within 14 days", () => {
    expect(residentFactsOf(event({ admissionSource: "PSYCHIATRIC_UNIT" }), facilities, { dischargeDestination: "HOSPITAL" }).map((f) => f.fact)).toEqual([
      "READMITTED_FROM_PSYCHIATRIC_HOSPITAL",
    ]);
    expect(residentFactsOf(event({}), facilities, { dischargeDestination: "PSYCHIATRIC_HOSPITAL" }).map((f) => f.fact)).toEqual([
      "READMITTED_FROM_PSYCHIATRIC_HOSPITAL",
    ]);
    // Admitted from a psychiatric unit with no NF stay before it: a new admission, which needs its PAS.
    expect(residentFactsOf(event({ admissionSource: "PSYCHIATRIC_UNIT" }), facilities).map((f) => f.fact)).toEqual(["ADMITTED"]);
  });

  it("a transfer out is a transfer in at the receiving NF; a discharge or death ends the stay's clocks", () => {
    expect(residentFactsOf(event({ kind: "TRANSFER_OUT", admissionSource: null, toFacilityId: otherNf }), facilities)).toEqual([
      { fact: "TRANSFERRED_IN", facilityId: otherNf, facilityCounty: "Butler", fromFacilityId: nf },
    ]);
    expect(residentFactsOf(event({ kind: "DISCHARGE", admissionSource: null }), facilities).map((f) => f.fact)).toEqual(["DISCHARGED"]);
    expect(residentFactsOf(event({ kind: "DEATH", admissionSource: null }), facilities).map((f) => f.fact)).toEqual(["DISCHARGED"]);
  });

  it("leaves, returns, payer changes and corrections feed nothing; an ICF/IID has no Resident Review clocks", () => {
    for (const kind of ["HOSPITAL_LEAVE", "LEAVE_OF_ABSENCE", "RETURN", "PAYER_CHANGE", "CORRECTION"] as const) {
      expect(residentFactsOf(event({ kind, admissionSource: null }), facilities)).toEqual([]);
    }
    expect(residentFactsOf(event({ facilityId: icf }), facilities)).toEqual([]);
  });
});
