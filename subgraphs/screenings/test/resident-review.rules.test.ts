import { describe, expect, it } from "vitest";
import {
  earlierDueOn,
  endedByDischarge,
  isOverdue,
  resumedOnReturn,
  reviewDueFor,
  type StandingForClocks,
} from "../src/resident-review/resident-review.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

const oh = policyPresets.OH!;
const standing = (over: Partial<StandingForClocks> = {}): StandingForClocks => ({
  outcome: "NO_INDICATIONS",
  categoricalType: null,
  requirementsMetOn: "2026-11-01",
  hasScreenOnFile: true,
  pasUsedByEarlierAdmission: false,
  levelTwoApprovedThrough: null,
  priorResidence: null,
  ...over,
});

describe("Resident Review clocks (OH guide; CT newsletters)", () => {
  it("a hospital exemption admitted on the 2nd expires on day 30, when the review is due", () => {
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "EXEMPT_HOSPITAL_DISCHARGE" }), oh)).toMatchObject({
      reason: "HOSPITAL_EXEMPTION_EXPIRING",
      dueOn: "2026-12-01",
    });
  });

  it("an emergency admission's review is due by day 7, a respite's by day 14 in OH", () => {
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "CATEGORICAL", categoricalType: "EMERGENCY" }), oh)?.dueOn).toBe("2026-11-08");
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "CATEGORICAL", categoricalType: "RESPITE" }), oh)?.dueOn).toBe("2026-11-15");
  });

  it("a significant change is reviewed within 14 days (CT)", () => {
    expect(reviewDueFor("SIGNIFICANT_CHANGE", "2026-11-02", standing(), policyPresets.CT!)).toMatchObject({
      reason: "SIGNIFICANT_CHANGE",
      dueOn: "2026-11-16",
    });
  });

  it("a NF transfer with no PASRR records needs a review at once", () => {
    expect(reviewDueFor("TRANSFERRED_IN_WITHOUT_PASRR_RECORDS", "2026-11-02", standing({ outcome: null, requirementsMetOn: null }), oh)?.dueOn).toBe(
      "2026-11-02",
    );
  });

  it("a PAS is good for an admission within 180 days of the determination (OH)", () => {
    expect(reviewDueFor("ADMITTED", "2026-04-30", standing({ requirementsMetOn: "2025-11-01" }), oh)).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-05-01", standing({ requirementsMetOn: "2025-11-01" }), oh)).toMatchObject({ reason: "PAS_NOT_USED_WITHIN_VALIDITY" });
  });

  it("IL: a PAS is valid for 90 calendar days from the determination (IL VI.C.2)", () => {
    const il = policyPresets.IL!;
    expect(reviewDueFor("ADMITTED", "2026-01-30", standing({ requirementsMetOn: "2025-11-01" }), il)).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-01-31", standing({ requirementsMetOn: "2025-11-01" }), il)).toMatchObject({
      reason: "PAS_NOT_USED_WITHIN_VALIDITY",
      dueOn: "2026-01-31",
    });
  });

  it("an admission with no Level I, exemption or categorical on file is a finding: the PAS is due the day of admission, overdue the next day (OH guide; CO 8.401.183 A)", () => {
    const due = reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: null, requirementsMetOn: null, hasScreenOnFile: false }), oh);
    expect(due).toMatchObject({ reason: "ADMITTED_WITHOUT_PASRR", dueOn: "2026-11-02" });
    expect(isOverdue({ dueOn: due!.dueOn, completedOn: null, endedOn: null }, "2026-11-02")).toBe(false);
    expect(isOverdue({ dueOn: due!.dueOn, completedOn: null, endedOn: null }, "2026-11-03")).toBe(true);
  });

  it("an admission with an ongoing outcome starts no clock", () => {
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing(), oh)).toBeNull();
  });

  it("a review still open after its due day is overdue (day 31 of a hospital exemption)", () => {
    expect(isOverdue({ dueOn: "2026-12-01", completedOn: null, endedOn: null }, "2026-12-01")).toBe(false);
    expect(isOverdue({ dueOn: "2026-12-01", completedOn: null, endedOn: null }, "2026-12-02")).toBe(true);
    expect(isOverdue({ dueOn: "2026-12-01", completedOn: "2026-11-30", endedOn: null }, "2026-12-02")).toBe(false);
  });

  it("a resident discharged on day 20 is never overdue: the discharge ends the clock", () => {
    expect(isOverdue({ dueOn: "2026-12-01", completedOn: null, endedOn: "2026-11-21" }, "2026-12-02")).toBe(false);
  });

  it("a discharge ends the clocks started on or before it, not a later re-admission's", () => {
    expect(endedByDischarge({ triggeredOn: "2026-11-02", completedOn: null, endedOn: null }, "2026-11-21")).toBe(true);
    expect(endedByDischarge({ triggeredOn: "2026-11-25", completedOn: null, endedOn: null }, "2026-11-21")).toBe(false);
    expect(endedByDischarge({ triggeredOn: "2026-11-02", completedOn: "2026-11-10", endedOn: null }, "2026-11-21")).toBe(false);
  });

  it("a NF transfer keeps the PAS and its clocks; only a transfer with no Level I on file needs a review (OH guide)", () => {
    expect(reviewDueFor("TRANSFERRED_IN", "2026-11-02", standing({ outcome: "EXEMPT_HOSPITAL_DISCHARGE" }), oh)).toBeNull();
    expect(reviewDueFor("TRANSFERRED_IN", "2026-11-02", standing({ outcome: null, requirementsMetOn: null, hasScreenOnFile: false }), oh)).toMatchObject({
      reason: "NF_TRANSFER_NO_PASRR_RECORDS",
      dueOn: "2026-11-02",
    });
  });

  it("a PAS is good for one admission: a re-admission on the same PAS needs a new one, before any exemption clock (OH guide)", () => {
    const used = standing({ outcome: "EXEMPT_HOSPITAL_DISCHARGE", pasUsedByEarlierAdmission: true });
    expect(reviewDueFor("ADMITTED", "2026-11-02", used, oh)).toMatchObject({ reason: "PAS_ALREADY_USED", dueOn: "2026-11-02" });
    expect(reviewDueFor("DISCHARGED", "2026-11-02", used, oh)).toBeNull();
  });

  it("OH: days out at the hospital count towards the tally of 7 or 14 days: the return resumes the clock with its due day, neither ended nor reset", () => {
    // Emergency admission on the 2nd (due the 8th); discharged to hospital on the 4th, back on the 6th.
    const emergency = { reason: "TIME_LIMITED_APPROVAL_EXPIRING" as const, dueOn: "2026-11-08", completedOn: null, endedOn: "2026-11-04" };
    expect(resumedOnReturn([emergency], "2026-11-06")).toEqual([emergency]);
    expect(reviewDueFor("READMITTED_FROM_HOSPITAL", "2026-11-06", standing({ outcome: "CATEGORICAL", categoricalType: "EMERGENCY" }), oh)).toBeNull();
    // The resumed clock keeps day 7 (the 8th); back only on the 10th, the review is overdue at once.
    expect(isOverdue({ ...resumedOnReturn([emergency], "2026-11-06")[0]!, endedOn: null }, "2026-11-08")).toBe(false);
    expect(isOverdue({ ...resumedOnReturn([emergency], "2026-11-10")[0]!, endedOn: null }, "2026-11-10")).toBe(true);
  });

  it("a return from hospital resumes only the clocks of the last discharge, once, and never a completed one", () => {
    const older = { reason: "HOSPITAL_EXEMPTION_EXPIRING" as const, dueOn: "2026-06-30", completedOn: null, endedOn: "2026-06-10" };
    const last = { reason: "TIME_LIMITED_APPROVAL_EXPIRING" as const, dueOn: "2026-11-15", completedOn: null, endedOn: "2026-11-04" };
    const done = { reason: "SIGNIFICANT_CHANGE" as const, dueOn: "2026-11-16", completedOn: "2026-11-03", endedOn: null };
    expect(resumedOnReturn([older, last, done], "2026-11-06")).toEqual([last]);
    const runningAgain = { ...last, endedOn: null };
    expect(resumedOnReturn([older, last, runningAgain], "2026-11-06")).toEqual([]);
    expect(resumedOnReturn([older], "2026-06-05")).toEqual([]);
  });

  it("MN: a delirium admission is provisional while the delirium remains clinically evident: no clock at admission, a review due the day it clears (MN bulletin, Delirium)", () => {
    const mn = policyPresets.MN!;
    const delirium = standing({ outcome: "CATEGORICAL", categoricalType: "DELIRIUM" });
    expect(mn.categoricalDays.DELIRIUM.value).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-11-02", delirium, mn)).toBeNull();
    expect(reviewDueFor("DELIRIUM_CLEARED", "2026-11-20", delirium, mn)).toMatchObject({ reason: "TIME_LIMITED_APPROVAL_EXPIRING", dueOn: "2026-11-20" });
    expect(reviewDueFor("DELIRIUM_CLEARED", "2026-11-20", standing({ outcome: "CATEGORICAL", categoricalType: "EMERGENCY" }), mn)).toBeNull();
  });

  it("IL: a provisional delirium admission needs its Level II by the 40th day of stay, or when the delirium clears if sooner (IL IV.H)", () => {
    const il = policyPresets.IL!;
    const delirium = standing({ outcome: "CATEGORICAL", categoricalType: "DELIRIUM" });
    expect(reviewDueFor("ADMITTED", "2026-11-02", delirium, il)).toMatchObject({ reason: "TIME_LIMITED_APPROVAL_EXPIRING", dueOn: "2026-12-11" });
    expect(reviewDueFor("DELIRIUM_CLEARED", "2026-11-13", delirium, il)?.dueOn).toBe("2026-11-13");
    expect(earlierDueOn("2026-12-11", "2026-11-13")).toBe("2026-11-13");
    expect(earlierDueOn("2026-11-13", "2026-12-11")).toBeNull();
  });

  it("federal baseline: delirium has no fixed length in any seed, so it runs until it clears (README: provisional, until it clears)", () => {
    expect(policyPresets.FEDERAL!.categoricalDays.DELIRIUM.value).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "CATEGORICAL", categoricalType: "DELIRIUM" }), policyPresets.FEDERAL!)).toBeNull();
  });
});
