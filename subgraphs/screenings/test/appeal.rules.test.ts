import { describe, expect, it } from "vitest";
import { decisionConflict, filingConflict, filingRefusal } from "../src/appeal/appeal.rules.ts";
import { appealDeadline, noticeRecipients } from "../src/notice/notice.rules.ts";
import { policyPresets } from "../src/policy/presets.ts";

describe("notices (CO 8.401.193 A; IL manual, VIII)", () => {
  it("a determination after a hospital screen is noticed to the person, representative, admitting NF and discharging hospital", () => {
    const notices = noticeRecipients({ currentSetting: "HOSPITAL_INPATIENT", facilityId: "hospital" }, { hasRepresentative: true, admittingFacilityId: "nf" });
    expect(notices.map((n) => n.recipient)).toEqual(["PERSON", "REPRESENTATIVE", "ADMITTING_NURSING_FACILITY", "DISCHARGING_HOSPITAL"]);
  });

  it("a resident's screen facility is the nursing facility noticed", () => {
    expect(noticeRecipients({ currentSetting: "NURSING_FACILITY", facilityId: "nf" }, { hasRepresentative: false, admittingFacilityId: null })).toEqual([
      { recipient: "PERSON", recipientFacilityId: null },
      { recipient: "ADMITTING_NURSING_FACILITY", recipientFacilityId: "nf" },
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
