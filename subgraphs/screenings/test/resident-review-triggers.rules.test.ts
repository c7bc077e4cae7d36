import { describe, expect, it } from "vitest";
import { policyPresets } from "../src/policy/presets.rules.ts";
import { admissionFindings, payerMatters, type AdmissionRecords } from "../src/resident-review/admission-findings.rules.ts";
import { renewalDue } from "../src/resident-review/approval-expiry.rules.ts";
import { priorResidence, readmittedWithoutNewPas } from "../src/resident-review/readmission.rules.ts";
import { coveringReasons, reviewDueFor, type StandingForClocks } from "../src/resident-review/resident-review.rules.ts";

/** Issue 17 (clocks): the Resident Review triggers and admission findings the seeds name, as plain rules over fixed dates. */
const { CT, CO, IL, MN, OH, FEDERAL } = policyPresets;
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

describe("time-limited Level II approvals: the subsequent screen before the approval ends", () => {
  it("CT: a subsequent Level II is due 7–10 days before the approval expires (CT newsletters)", () => {
    expect(renewalDue("2027-01-31", "2026-11-05", CT!)).toMatchObject({ dueOn: "2027-01-24", source: expect.stringMatching(/7-10 days prior/) });
    const approved = standing({ outcome: "LEVEL_II_REQUIRED", requirementsMetOn: "2026-11-05", levelTwoApprovedThrough: "2027-01-31" });
    expect(reviewDueFor("ADMITTED", "2026-11-06", approved, CT!)).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", dueOn: "2027-01-24" });
    // Admitted within the lead time: the screen is due at once, never before the clock starts.
    expect(reviewDueFor("ADMITTED", "2027-01-28", approved, CT!)).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", dueOn: "2027-01-28" });
  });

  it("without a state lead time the review is due on the approval's last day (README, step 4)", () => {
    expect(renewalDue("2027-01-31", "2026-11-05", FEDERAL!).dueOn).toBe("2027-01-31");
    expect(renewalDue("2027-01-31", "2026-11-05", MN!).dueOn).toBe("2027-01-31");
  });
});

describe("IL IV.H.3: re-admission without a new PAS", () => {
  const away = (stays: Parameters<typeof priorResidence>[0], admittedOn: string) => priorResidence(stays, admittedOn);

  it("IL: a resident of 60+ days back within 60 days is readmitted without a new PAS (IL IV.H.3); a shorter stay or a longer absence needs one", () => {
    const sixtyDays = [{ admittedOn: "2026-01-01", dischargedOn: "2026-03-02", leftForHospital: false }];
    expect(away(sixtyDays, "2026-05-01")).toEqual({ residedDays: 60, absentDays: 60 });
    const used = (admittedOn: string, stays = sixtyDays) => standing({ pasUsedByEarlierAdmission: true, priorResidence: away(stays, admittedOn) });
    expect(reviewDueFor("ADMITTED", "2026-05-01", used("2026-05-01"), IL!)).toBeNull();
    expect(reviewDueFor("ADMITTED", "2026-05-02", used("2026-05-02"), IL!)).toMatchObject({ reason: "PAS_ALREADY_USED" });
    const fiftyNineDays = [{ admittedOn: "2026-01-02", dischargedOn: "2026-03-02", leftForHospital: false }];
    expect(reviewDueFor("ADMITTED", "2026-03-10", used("2026-03-10", fiftyNineDays), IL!)).toMatchObject({ reason: "PAS_ALREADY_USED" });
    // Elsewhere a PAS is good for one admission (OH guide).
    expect(readmittedWithoutNewPas(away(sixtyDays, "2026-03-10"), OH!)).toBe(false);
    expect(reviewDueFor("ADMITTED", "2026-03-10", used("2026-03-10"), OH!)).toMatchObject({ reason: "PAS_ALREADY_USED" });
  });

  it("IL: the residence runs on through a NF transfer and a hospital stay, counting only the days in a NF", () => {
    const stays = [
      { admittedOn: "2026-01-01", dischargedOn: "2026-01-21", leftForHospital: false }, // transferred on the 21st
      { admittedOn: "2026-01-21", dischargedOn: "2026-02-10", leftForHospital: true }, // 5 days in hospital
      { admittedOn: "2026-02-15", dischargedOn: "2026-03-07", leftForHospital: false }, // home
    ];
    // 20 + 20 + 20 days in NFs; the 5 in hospital do not count.
    expect(away(stays, "2026-04-01")).toEqual({ residedDays: 60, absentDays: 25 });
    expect(readmittedWithoutNewPas(away(stays, "2026-04-01"), IL!)).toBe(true);
    // A stay that ended in a discharge home before an earlier gap does not join the residence.
    expect(away([{ admittedOn: "2025-01-01", dischargedOn: "2025-12-01", leftForHospital: false }, ...stays.slice(2)], "2026-04-01")).toEqual({
      residedDays: 20,
      absentDays: 25,
    });
    expect(away([], "2026-04-01")).toBeNull();
  });

  it("IL: readmitted without a PAS, a time-limited Level II approval still has its review before it ends", () => {
    const prior = { residedDays: 90, absentDays: 10 };
    const approved = standing({ outcome: "LEVEL_II_REQUIRED", pasUsedByEarlierAdmission: true, priorResidence: prior, levelTwoApprovedThrough: "2026-06-30" });
    expect(reviewDueFor("ADMITTED", "2026-05-01", approved, IL!)).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", dueOn: "2026-06-30" });
  });
});

describe("steps that must come before admission", () => {
  const records = (over: Partial<AdmissionRecords> = {}): AdmissionRecords => ({
    screens: [{ id: "s1", screenedOn: "2026-11-01" }],
    levelTwoOpen: false,
    payer: null,
    ...over,
  });

  it("IL: every new admission of a person the PAS/MH Level II assessed gets a Resident Review after day 30 and before day 60 (IL IX.A.1)", () => {
    const screened = [{ id: "s1", screenedOn: "2026-09-20" }];
    const assessed = records({ screens: screened, initialWithMentalHealthLevelTwo: true });
    // Admitted on 1 Oct (day 1): due by 28 Nov, the 59th day.
    expect(admissionFindings("2026-10-01", assessed, IL!)).toEqual([
      { reason: "INITIAL_ADMISSION_REVIEW", dueOn: "2026-11-28", source: expect.stringMatching(/IX\.A\.1/), completedBy: null },
    ]);
    expect(admissionFindings("2026-10-01", records({ screens: screened, initialWithMentalHealthLevelTwo: false }), IL!)).toEqual([]);
    expect(admissionFindings("2026-10-01", assessed, OH!)).toEqual([]);
  });

  it("MN: a Level I dated after the admission is a finding, recorded as done late by that screen (MN bulletin: prior to admission for all referrals)", () => {
    const late = records({
      screens: [
        { id: "s2", screenedOn: "2026-11-09" },
        { id: "s1", screenedOn: "2026-11-05" },
      ],
    });
    expect(admissionFindings("2026-11-03", late, MN!)).toEqual([
      {
        reason: "LEVEL_I_AFTER_ADMISSION",
        dueOn: "2026-11-03",
        source: expect.stringMatching(/prior to admission for all referrals/),
        completedBy: { screenId: "s1", on: "2026-11-05" },
      },
    ]);
    expect(admissionFindings("2026-11-05", late, MN!)).toEqual([]);
    expect(admissionFindings("2026-11-03", records({ screens: [] }), MN!)).toEqual([]);
  });

  it("CO: admitted while the Level II is still open is a finding for people not on Medicaid (CO 8.401.183 C); a Medicaid admission or an unknown payer is none", () => {
    const open = (payer: string | null) => admissionFindings("2026-11-03", records({ levelTwoOpen: true, payer }), CO!).map((f) => f.reason);
    expect(open("PRIVATE")).toEqual(["LEVEL_II_OPEN_AT_ADMISSION"]);
    expect(open("MEDICARE_PART_A")).toEqual(["LEVEL_II_OPEN_AT_ADMISSION"]);
    expect([open("MEDICAID"), open("MEDICAID_COPAY"), open(null)]).toEqual([[], [], []]);
    expect(payerMatters(CO!, true)).toBe(true);
    expect(admissionFindings("2026-11-03", records({ levelTwoOpen: false, payer: "PRIVATE" }), CO!)).toEqual([]);
  });

  it("IL: a Level II still open at admission is a finding whoever pays (IL V.B.1: regardless of payment source)", () => {
    expect(payerMatters(IL!, true)).toBe(false);
    expect(admissionFindings("2026-11-03", records({ levelTwoOpen: true, payer: "MEDICAID" }), IL!)).toEqual([
      expect.objectContaining({ reason: "LEVEL_II_OPEN_AT_ADMISSION", dueOn: "2026-11-03", completedBy: null }),
    ]);
  });
});

describe("returns from hospital", () => {
  it("CT: back from a psychiatric hospital, the NF has 14 days to submit the status change; OH leaves it to the NF to consider", () => {
    expect(reviewDueFor("READMITTED_FROM_PSYCHIATRIC_HOSPITAL", "2026-11-02", standing(), CT!)).toMatchObject({
      reason: "RETURNED_FROM_PSYCHIATRIC_HOSPITAL",
      dueOn: "2026-11-16",
    });
    expect(reviewDueFor("READMITTED_FROM_PSYCHIATRIC_HOSPITAL", "2026-11-02", standing(), OH!)).toBeNull();
    expect(OH!.psychiatricReturnReviewDays.source).toMatch(/needs to consider/);
    expect(reviewDueFor("READMITTED_FROM_HOSPITAL", "2026-11-02", standing(), CT!)).toBeNull();
  });

  it("a return from hospital with no PASRR records on file needs a review at once, as a NF transfer without records does (OH guide, code #6)", () => {
    const none = standing({ outcome: null, requirementsMetOn: null, hasScreenOnFile: false });
    for (const event of ["READMITTED_FROM_HOSPITAL", "READMITTED_FROM_PSYCHIATRIC_HOSPITAL"] as const) {
      expect(reviewDueFor(event, "2026-11-02", none, OH!)).toMatchObject({ reason: "NF_TRANSFER_NO_PASRR_RECORDS", dueOn: "2026-11-02" });
    }
    // One open review for a person with no PASRR on file covers both findings: one Level I completes it.
    expect(coveringReasons("NF_TRANSFER_NO_PASRR_RECORDS")).toEqual(coveringReasons("ADMITTED_WITHOUT_PASRR"));
    expect(coveringReasons("SIGNIFICANT_CHANGE")).toEqual(["SIGNIFICANT_CHANGE"]);
  });
});
