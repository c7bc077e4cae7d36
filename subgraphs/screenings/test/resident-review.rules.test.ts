import { describe, expect, it } from "vitest";
import { endedByDischarge, isOverdue, reviewDueFor, type StandingForClocks } from "../src/resident-review/resident-review.rules.ts";
import { policyPresets } from "../src/policy/presets.ts";

const oh = policyPresets.OH!;
const standing = (over: Partial<StandingForClocks> = {}): StandingForClocks => ({ outcome: "NO_INDICATIONS", categoricalType: null, requirementsMetOn: "2026-11-01", hasScreenOnFile: true, pasUsedByEarlierAdmission: false, ...over });

describe("Resident Review clocks (OH guide; CT newsletters)", () => {
  it("a hospital exemption admitted on the 2nd expires on day 30, when the review is due", () => {
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "EXEMPT_HOSPITAL_DISCHARGE" }), oh)).toMatchObject({ reason: "HOSPITAL_EXEMPTION_EXPIRING", dueOn: "2026-12-01" });
  });

  it("an emergency admission's review is due by day 7, a respite's by day 14 in OH", () => {
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "CATEGORICAL", categoricalType: "EMERGENCY" }), oh)?.dueOn).toBe("2026-11-08");
    expect(reviewDueFor("ADMITTED", "2026-11-02", standing({ outcome: "CATEGORICAL", categoricalType: "RESPITE" }), oh)?.dueOn).toBe("2026-11-15");
  });

  it("a significant change is reviewed within 14 days (CT)", () => {
    expect(reviewDueFor("SIGNIFICANT_CHANGE", "2026-11-02", standing(), policyPresets.CT!)).toMatchObject({ reason: "SIGNIFICANT_CHANGE", dueOn: "2026-11-16" });
  });

  it("a NF transfer with no PASRR records needs a review at once", () => {
    expect(reviewDueFor("TRANSFERRED_IN_WITHOUT_PASRR_RECORDS", "2026-11-02", standing({ outcome: null, requirementsMetOn: null }), oh)?.dueOn).toBe("2026-11-02");
  });

  it("a PAS is good for an admission within 180 days of the determination (OH)", () => {
    expect(reviewDueFor("ADMITTED", "2026-04-30", standing({ requirementsMetOn: "2025-11-01" }), oh)).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-05-01", standing({ requirementsMetOn: "2025-11-01" }), oh)).toMatchObject({ reason: "PAS_NOT_USED_WITHIN_VALIDITY" });
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
    expect(reviewDueFor("TRANSFERRED_IN", "2026-11-02", standing({ outcome: null, requirementsMetOn: null, hasScreenOnFile: false }), oh)).toMatchObject({ reason: "NF_TRANSFER_NO_PASRR_RECORDS", dueOn: "2026-11-02" });
  });

  it("a PAS is good for one admission: a re-admission on the same PAS needs a new one, before any exemption clock (OH guide)", () => {
    const used = standing({ outcome: "EXEMPT_HOSPITAL_DISCHARGE", pasUsedByEarlierAdmission: true });
    expect(reviewDueFor("ADMITTED", "2026-11-02", used, oh)).toMatchObject({ reason: "PAS_ALREADY_USED", dueOn: "2026-11-02" });
    expect(reviewDueFor("DISCHARGED", "2026-11-02", used, oh)).toBeNull();
  });
});
