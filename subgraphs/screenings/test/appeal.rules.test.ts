import { describe, expect, it } from "vitest";
import { decisionConflict, filingConflict, filingRefusal, nextAppeal } from "../src/appeal/appeal.rules.ts";
import { appealDeadline, noticeRecipients } from "../src/notice/notice.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

describe("notices (CO 8.401.193 A; IL manual, VIII)", () => {
  it("a determination after a hospital screen is noticed to the person, representative, admitting NF, discharging hospital and attending physician", () => {
    const notices = noticeRecipients({ currentSetting: "HOSPITAL_INPATIENT", facilityId: "hospital" }, { hasRepresentative: true, admittingFacilityId: "nf" });
    expect(notices.map((n) => n.recipient)).toEqual(["PERSON", "REPRESENTATIVE", "ADMITTING_NURSING_FACILITY", "DISCHARGING_HOSPITAL", "ATTENDING_PHYSICIAN"]);
  });

  it("a resident's screen facility is the nursing facility noticed", () => {
    expect(noticeRecipients({ currentSetting: "NURSING_FACILITY", facilityId: "nf" }, { hasRepresentative: false, admittingFacilityId: null })).toEqual([
      { recipient: "PERSON", recipientFacilityId: null },
      { recipient: "ADMITTING_NURSING_FACILITY", recipientFacilityId: "nf" },
      { recipient: "ATTENDING_PHYSICIAN", recipientFacilityId: null },
    ]);
  });

  it("the appeal deadline is 30 days after the notice in IL", () => {
    expect(appealDeadline("2026-11-09", policyPresets.IL!)).toBe("2026-12-09");
  });
});

describe("appeals", () => {
  const determination = { determinedOn: "2026-11-09", appealDeadline: "2026-12-09" };
  it("may be filed up to and on the deadline, not after", () => {
    expect(filingRefusal("2026-12-09", determination)).toBeNull();
    expect(filingRefusal("2026-12-10", determination)).toMatch(/after the appeal deadline/);
  });
  it("one appeal at a time; a decided appeal is not decided again", () => {
    expect(filingConflict([{ status: "PENDING" }])).toMatch(/already pending/);
    expect(decisionConflict({ status: "UPHELD" })).toMatch(/already been decided/);
    expect(decisionConflict({ status: "PENDING" })).toBeNull();
  });
});

describe("appeal levels (IL manual VIII.A–B)", () => {
  const noNf = { needsNursingFacilityServices: false };
  const denied = { status: "UPHELD" as const, level: 1, decidedOn: "2026-12-01" };
  const il = policyPresets.IL!.secondAppealDays.value;
  it("IL: a denied appeal of the need for NF services may go to a second level (HFS physician review) within 30 days of the denial (IL VIII.B)", () => {
    expect(nextAppeal([], noNf, il)).toEqual({ level: 1 });
    expect(nextAppeal([denied], noNf, il)).toEqual({ level: 2, from: "2026-12-01", deadline: "2026-12-31" });
    expect(filingRefusal("2026-12-31", { determinedOn: "2026-12-01", appealDeadline: "2026-12-31" })).toBeNull();
    expect(filingRefusal("2027-01-01", { determinedOn: "2026-12-01", appealDeadline: "2026-12-31" })).toMatch(/after the appeal deadline/);
  });
  it("IL: no second level after an overturned first appeal, for specialized services alone, or after the second level is decided", () => {
    expect(nextAppeal([{ ...denied, status: "OVERTURNED" }], noNf, il)).toMatchObject({ refusal: expect.stringMatching(/nothing left to appeal/) });
    expect(nextAppeal([denied], { needsNursingFacilityServices: true }, il)).toMatchObject({
      refusal: expect.stringMatching(/final as to specialized services/),
    });
    expect(nextAppeal([denied, { ...denied, level: 2 }], noNf, il)).toMatchObject({ refusal: expect.stringMatching(/already decided/) });
    expect(nextAppeal([denied, { status: "PENDING", level: 2, decidedOn: null }], noNf, il)).toMatchObject({
      refusal: expect.stringMatching(/already pending/),
    });
  });
  it("states whose seeds give one appeal level keep one: a decided appeal is final", () => {
    for (const state of ["FEDERAL", "OH", "CO", "MN", "CT"] as const) {
      expect(policyPresets[state]!.secondAppealDays.value).toBeNull();
      expect(nextAppeal([denied], noNf, policyPresets[state]!.secondAppealDays.value)).toMatchObject({ refusal: expect.stringMatching(/already decided/) });
    }
  });
});
