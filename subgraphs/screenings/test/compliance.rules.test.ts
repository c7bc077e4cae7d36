import { describe, expect, it } from "vitest";
import { complianceHistory } from "../src/pasrr/compliance-history.rules.ts";
import {
  compliancePeriods,
  timeLimitedThrough,
  type ComplianceAdmission,
  type ComplianceDetermination,
  type ComplianceRecords,
  type ComplianceScreen,
} from "../src/pasrr/compliance.rules.ts";

const screen = (id: string, screenedOn: string, extra: Partial<ComplianceScreen> = {}): ComplianceScreen => ({
  id,
  screenedOn,
  knownOn: screenedOn,
  outcome: "NO_INDICATIONS",
  validThrough: null,
  reviewStatus: "NOT_REVIEWED",
  reviewedOn: null,
  returnedOn: null,
  receivedCompleteOn: null,
  ...extra,
});
const determination = (id: string, referralId: string, determinedOn: string, extra: Partial<ComplianceDetermination> = {}): ComplianceDetermination => ({
  id,
  referralId,
  determinedOn,
  knownOn: determinedOn,
  needsNursingFacilityServices: true,
  needsSpecializedServices: false,
  approvedThrough: null,
  appeals: [],
  ...extra,
});
const admission = (id: string, facilityId: string, admittedOn: string): ComplianceAdmission => ({ id, facilityId, admittedOn, knownOn: admittedOn });
const records = (extra: Partial<ComplianceRecords>): ComplianceRecords => ({ screens: [], referrals: [], determinations: [], admissions: [], ...extra });
const brief = (r: ComplianceRecords) => compliancePeriods(r).map((p) => [p.from, p.through, p.reason]);

describe("PASRR compliance history (issue 16)", () => {
  it("a later Resident Review with no indications leaves the admission's earlier days met (OH guide: a PAS stays valid until a significant change)", () => {
    const r = records({
      screens: [screen("pas", "2026-03-01"), screen("rr", "2026-06-10", { outcome: "NO_INDICATIONS" })],
      admissions: [admission("adm", "nf-1", "2026-03-02")],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-01", "PASRR_MET"],
      ["2026-03-02", "2026-06-09", "PASRR_MET"],
      ["2026-06-10", null, "PASRR_MET"],
    ]);
    expect(compliancePeriods(r)[1]).toMatchObject({ facilityId: "nf-1", recordIds: ["pas"] });
  });

  it("a Resident Review waiting for its Level II leaves the earlier met standing in place (a review changes standing only as far as its outcome says)", () => {
    const r = records({
      screens: [screen("pas", "2026-03-01"), screen("rr", "2026-06-10", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [{ id: "ref", screenId: "rr", followsDeterminationId: null }],
    });
    expect(brief(r)).toEqual([["2026-03-01", null, "PASRR_MET"]]);
  });

  it("an adverse Level II on a Resident Review makes the days from its determination on not met; the earlier days stay met (CO 8.401.207 B.1)", () => {
    const r = records({
      screens: [screen("pas", "2026-03-01"), screen("rr", "2026-06-10", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [{ id: "ref", screenId: "rr", followsDeterminationId: null }],
      determinations: [determination("l2", "ref", "2026-06-20", { needsNursingFacilityServices: false })],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-06-19", "PASRR_MET"],
      ["2026-06-20", null, "ADVERSE_LEVEL_II_NO_NF_NEED"],
    ]);
  });

  it("specialized services without NF need is its own adverse reason (CO 8.401.207 C; IL VII.D.1); an appeal in progress is visible, an overturn restores the standing (CO 8.401.202 E)", () => {
    const l2 = determination("l2", "ref", "2026-03-05", {
      needsNursingFacilityServices: false,
      needsSpecializedServices: true,
      appeals: [{ id: "ap", filedOn: "2026-03-10", status: "OVERTURNED", decidedOn: "2026-04-01" }],
    });
    const r = records({
      screens: [screen("pas", "2026-03-01", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [{ id: "ref", screenId: "pas", followsDeterminationId: null }],
      determinations: [l2],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-04", "LEVEL_II_PENDING"],
      ["2026-03-05", "2026-03-09", "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES"],
      ["2026-03-10", "2026-03-31", "ADVERSE_LEVEL_II_APPEAL_PENDING"],
      ["2026-04-01", null, "PASRR_MET"],
    ]);
  });

  it("a dual review is met on the second authority's date (OH guide)", () => {
    const r = records({
      screens: [screen("pas", "2026-03-01", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [
        { id: "mh", screenId: "pas", followsDeterminationId: null },
        { id: "dd", screenId: "pas", followsDeterminationId: null },
      ],
      determinations: [determination("l2-mh", "mh", "2026-03-04"), determination("l2-dd", "dd", "2026-03-09")],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-08", "LEVEL_II_PENDING"],
      ["2026-03-09", null, "PASRR_MET"],
    ]);
  });

  it("a screen the PAA returned incomplete does not count (OH guide: PAS effective when complete)", () => {
    const r = records({
      screens: [
        screen("pas", "2026-03-01", { reviewStatus: "RETURNED_INCOMPLETE", reviewedOn: "2026-03-03", returnedOn: "2026-03-03" }),
        screen("fixed", "2026-03-12"),
      ],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-11", "PAS_INCOMPLETE"],
      ["2026-03-12", null, "PASRR_MET"],
    ]);
  });

  it("OH: a screen returned incomplete and confirmed later counts from the day it was received complete, not its screening date (OH guide, PAS effective date)", () => {
    const returned = { reviewStatus: "CONFIRMED" as const, returnedOn: "2026-03-03", reviewedOn: "2026-03-09", receivedCompleteOn: "2026-03-07" };
    const r = records({ screens: [screen("pas", "2026-03-01", returned)] });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-06", "PAS_INCOMPLETE"],
      ["2026-03-07", null, "PASRR_MET"],
    ]);
    // As the hub knew it: unreviewed (met) until the return, incomplete from the return, met from the completion once confirmed.
    const history = complianceHistory(r);
    const knownOn = (day: string) =>
      history.filter((p) => p.knownFrom <= day && (p.knownThrough === null || day <= p.knownThrough)).map((p) => [p.from, p.through, p.reason]);
    expect(knownOn("2026-03-02")).toEqual([["2026-03-01", null, "PASRR_MET"]]);
    expect(knownOn("2026-03-05")).toEqual([["2026-03-01", null, "PAS_INCOMPLETE"]]);
    expect(knownOn("2026-03-09")).toEqual([
      ["2026-03-01", "2026-03-06", "PAS_INCOMPLETE"],
      ["2026-03-07", null, "PASRR_MET"],
    ]);
  });

  it("an exemption expired without a Resident Review is not met from the day after it ends (OH guide, Hospital Exemption)", () => {
    const r = records({
      screens: [screen("hx", "2026-03-01", { outcome: "EXEMPT_HOSPITAL_DISCHARGE", validThrough: "2026-03-30" }), screen("rr", "2026-04-10")],
    });
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-30", "PASRR_MET"],
      ["2026-03-31", "2026-04-09", "EXEMPTION_EXPIRED"],
      ["2026-04-10", null, "PASRR_MET"],
    ]);
  });

  it("an admission with nothing on file is PASRR_MISSING, naming the admission (OH guide; CO 8.401.183 A)", () => {
    const r = records({ admissions: [admission("adm", "nf-1", "2026-03-02")], screens: [screen("late", "2026-03-20")] });
    expect(compliancePeriods(r).map((p) => [p.from, p.reason, p.recordIds])).toEqual([
      ["2026-03-02", "PASRR_MISSING", ["adm"]],
      ["2026-03-20", "PASRR_MET", ["late"]],
    ]);
  });

  it("the history keeps each version the hub answered with: a review recorded later does not change what was known before", () => {
    const r = records({
      screens: [screen("pas", "2026-03-01"), screen("rr", "2026-06-10", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [{ id: "ref", screenId: "rr", followsDeterminationId: null }],
      determinations: [determination("l2", "ref", "2026-06-20", { needsNursingFacilityServices: false })],
    });
    const history = complianceHistory(r);
    const knownOn = (day: string) =>
      history.filter((p) => p.knownFrom <= day && (p.knownThrough === null || day <= p.knownThrough)).map((p) => [p.from, p.through, p.reason]);
    expect(knownOn("2026-06-15")).toEqual([["2026-03-01", null, "PASRR_MET"]]);
    expect(knownOn("2026-06-25")).toEqual([
      ["2026-03-01", "2026-06-19", "PASRR_MET"],
      ["2026-06-20", null, "ADVERSE_LEVEL_II_NO_NF_NEED"],
    ]);
  });
  it("MN: a provisional admission is met through its end while the final determination is pending; the final one then governs (MN Level II form B.4)", () => {
    const r = records({
      screens: [screen("l1", "2026-03-01", { outcome: "LEVEL_II_REQUIRED" })],
      referrals: [
        { id: "ref", screenId: "l1", followsDeterminationId: null },
        { id: "final-ref", screenId: "l1", followsDeterminationId: "prov" },
      ],
      determinations: [determination("prov", "ref", "2026-03-03", { approvedThrough: "2026-03-16" }), determination("final", "final-ref", "2026-03-12")],
    });
    // Met from the provisional determination; from the final one on, the standing rests on it (no end: ongoing).
    expect(brief(r)).toEqual([
      ["2026-03-01", "2026-03-02", "LEVEL_II_PENDING"],
      ["2026-03-03", "2026-03-11", "PASRR_MET"],
      ["2026-03-12", null, "PASRR_MET"],
    ]);
    expect(compliancePeriods(r)[2]!.recordIds).toContain("final");
    const late = records({ ...r, determinations: [determination("prov", "ref", "2026-03-03", { approvedThrough: "2026-03-16" })] });
    expect(brief(late)).toEqual([
      ["2026-03-01", "2026-03-02", "LEVEL_II_PENDING"],
      ["2026-03-03", "2026-03-16", "PASRR_MET"],
      ["2026-03-17", null, "EXEMPTION_EXPIRED"],
    ]);
  });
  it("OH: a time-limited respite entered after its approval counts its 14 days from the admission (OH guide: enter within 60 days; review by the 14th day of the stay)", () => {
    const respite = screen("respite", "2026-03-01", { outcome: "CATEGORICAL", categoricalGrantedOn: "2026-03-02", validThrough: "2026-03-15" });
    const r = records({ screens: [respite], admissions: [admission("adm", "nf-1", "2026-03-22"), admission("again", "nf-1", "2026-06-01")] });
    expect(timeLimitedThrough(respite, r.admissions)).toBe("2026-04-04");
    expect(brief(r).filter(([from]) => from! >= "2026-03-22")).toEqual([
      ["2026-03-22", "2026-04-04", "PASRR_MET"],
      ["2026-04-05", null, "EXEMPTION_EXPIRED"],
    ]);
    // Admitted the day it took effect, or never admitted: the stored last day.
    expect(timeLimitedThrough(respite, [admission("same", "nf-1", "2026-03-02")])).toBe("2026-03-15");
    expect(timeLimitedThrough(respite, [])).toBe("2026-03-15");
  });
});
