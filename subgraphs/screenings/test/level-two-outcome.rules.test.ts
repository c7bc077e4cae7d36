import { describe, expect, it } from "vitest";
import { levelTwoOutcome, type LevelTwoFacts } from "../src/level-two-determination/level-two-outcome.rules.ts";
import { finalDeterminationReferral, provisionalInForce } from "../src/level-two-determination/provisional.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

const packs = policyPresets;
const facts = (over: Partial<LevelTwoFacts> = {}): LevelTwoFacts => ({
  authority: "MH",
  determinedOn: "2026-11-02", // a Monday
  needsNursingFacilityServices: true,
  needsSpecializedServices: false,
  inpatientPsychiatricCareNeeded: false,
  diagnosticAssessmentPending: false,
  approvalPeriod: null,
  approvedThrough: null,
  followsProvisional: false,
  ...over,
});

describe("Level II outcome: derived from the facts and the pack, never typed in", () => {
  it("FEDERAL: NF services needed, no end → ADMISSION_ALLOWED; no NF services needed → DENIED (CO 8.401.207 A.3, B.1)", () => {
    expect(levelTwoOutcome(facts(), packs.FEDERAL)).toMatchObject({
      outcome: "ADMISSION_ALLOWED",
      approvalPeriod: "ONGOING",
      approvedThrough: null,
      specializedServicesProvider: null,
    });
    expect(levelTwoOutcome(facts({ needsNursingFacilityServices: false }), packs.FEDERAL)).toMatchObject({ outcome: "DENIED", approvedThrough: null });
    expect(
      levelTwoOutcome(facts({ needsNursingFacilityServices: false, approvalPeriod: "TIME_LIMITED", approvedThrough: "2026-12-01" }), packs.FEDERAL),
    ).toMatchObject({
      refusal: { rule: "FED-L2-NF-NOT-NEEDED", field: "approvalPeriod" },
    });
  });

  it("IL: a time-limited NF approval given no end runs about six months (IL VII.C)", () => {
    expect(levelTwoOutcome(facts({ approvalPeriod: "TIME_LIMITED" }), packs.IL)).toMatchObject({
      outcome: "ALLOWED_TIME_LIMITED",
      approvalPeriod: "TIME_LIMITED",
      approvedThrough: "2027-05-01",
    });
    expect(levelTwoOutcome(facts({ approvalPeriod: "TIME_LIMITED", approvedThrough: "2027-03-31" }), packs.IL)).toMatchObject({
      outcome: "ALLOWED_TIME_LIMITED",
      approvedThrough: "2027-03-31",
    });
  });

  it("OH, CO, MN: a time-limited approval needs its last day from the authority; the refusal names the rule (IL VII.C)", () => {
    for (const state of ["OH", "CO", "MN"] as const) {
      expect(levelTwoOutcome(facts({ approvalPeriod: "TIME_LIMITED" }), packs[state])).toEqual({
        refusal: { rule: "IL-L2-TIME-LIMITED", field: "approvedThrough", problem: "is required for a time-limited approval" },
      });
    }
  });

  it("MN: a provisional admission runs until the final determination, due in 9 working days (MN Level II form B.4)", () => {
    const derived = levelTwoOutcome(facts({ diagnosticAssessmentPending: true }), packs.MN);
    // 9 working days from Mon 2 Nov 2026, Veterans Day (Wed 11 Nov) skipped.
    expect(derived).toMatchObject({ outcome: "PROVISIONAL", approvalPeriod: "TIME_LIMITED", approvedThrough: "2026-11-16" });
    expect(finalDeterminationReferral({ id: "p1", determinedOn: "2026-11-02", approvedThrough: "2026-11-13" }, { authority: "MH" })).toEqual({
      authority: "MH",
      referredOn: "2026-11-02",
      dueOn: "2026-11-13",
      awaitsAuthority: null,
      followsDeterminationId: "p1",
    });
  });

  it("MN: a provisional admission is for a person who needs NF care and no specialized services, and is not provisional twice (MN Level II form B.4)", () => {
    const refused = (over: Partial<LevelTwoFacts>) => levelTwoOutcome(facts({ diagnosticAssessmentPending: true, ...over }), packs.MN);
    expect(refused({ needsNursingFacilityServices: false })).toMatchObject({
      refusal: { rule: "MN-PROVISIONAL-ADMISSION", field: "needsNursingFacilityServices" },
    });
    expect(refused({ needsSpecializedServices: true })).toMatchObject({ refusal: { rule: "MN-PROVISIONAL-ADMISSION", field: "needsSpecializedServices" } });
    expect(refused({ approvedThrough: "2026-12-01" })).toMatchObject({ refusal: { rule: "MN-PROVISIONAL-ADMISSION", field: "approvedThrough" } });
    expect(refused({ followsProvisional: true })).toMatchObject({ refusal: { rule: "MN-PROVISIONAL-ADMISSION", field: "diagnosticAssessmentPending" } });
  });

  it("OH, IL, CO: no provisional Level II admission outside MN; the refusal names the rule (MN Level II form B.4)", () => {
    for (const state of ["FEDERAL", "OH", "IL", "CO", "CT"] as const) {
      expect(levelTwoOutcome(facts({ diagnosticAssessmentPending: true }), packs[state])).toMatchObject({
        refusal: { rule: "MN-PROVISIONAL-ADMISSION", field: "diagnosticAssessmentPending" },
      });
    }
  });

  it("MN: while a provisional admission runs, its final referral is not pending; the final determination replaces it (MN Level II form B.4)", () => {
    const referrals = [
      { id: "r1", followsDeterminationId: null },
      { id: "r2", followsDeterminationId: "p1" },
    ];
    const provisional = { id: "p1", referralId: "r1", determinedOn: "2026-11-02" };
    const final = { id: "f1", referralId: "r2", determinedOn: "2026-11-10" };
    expect(provisionalInForce(referrals, [provisional])).toEqual({ referrals: [referrals[0]], determinations: [provisional] });
    expect(provisionalInForce(referrals, [provisional, final], "2026-11-09")).toEqual({ referrals: [referrals[0]], determinations: [provisional] });
    expect(provisionalInForce(referrals, [provisional, final], "2026-11-10")).toEqual({ referrals: [referrals[1]], determinations: [final] });
  });
});

describe("who provides specialized services (a cited pack value)", () => {
  it("CO: the state MH or DD authority provides or arranges them (CO 8.401.207 A.3.b)", () => {
    const derived = levelTwoOutcome(facts({ needsSpecializedServices: true }), packs.CO);
    expect(derived).toMatchObject({
      outcome: "ADMISSION_ALLOWED",
      specializedServicesProvider: { value: "STATE_AUTHORITY", source: expect.stringContaining("8.401.207 A.3.b") },
    });
  });

  it("MN: the Local Mental Health Authority provides or arranges them (MN bulletin 00-53-3, form B.6)", () => {
    expect(levelTwoOutcome(facts({ needsSpecializedServices: true }), packs.MN)).toMatchObject({
      specializedServicesProvider: { value: "LOCAL_MENTAL_HEALTH_AUTHORITY" },
    });
    expect(levelTwoOutcome(facts({ authority: "DD", needsSpecializedServices: true }), packs.MN)).toMatchObject({
      specializedServicesProvider: { value: "STATE_AUTHORITY" },
    });
  });

  it("IL: specialized services are inpatient psychiatric care: a psychiatric hospital, and no NF admission meanwhile (IL VII.D.1)", () => {
    expect(levelTwoOutcome(facts({ needsSpecializedServices: true, needsNursingFacilityServices: false }), packs.IL)).toMatchObject({
      outcome: "DENIED",
      specializedServicesProvider: { value: "PSYCHIATRIC_HOSPITAL" },
    });
    expect(levelTwoOutcome(facts({ needsSpecializedServices: true }), packs.IL)).toMatchObject({
      refusal: { rule: "IL-L2-SPECIALIZED-IS-INPATIENT", field: "needsNursingFacilityServices" },
    });
  });

  it("CO: a person who needs inpatient psychiatric care is not admitted to a NF until treated (CO 8.401.207 D)", () => {
    const inpatient = { needsSpecializedServices: true, inpatientPsychiatricCareNeeded: true };
    expect(levelTwoOutcome(facts({ ...inpatient, needsNursingFacilityServices: false }), packs.CO)).toMatchObject({
      outcome: "DENIED",
      specializedServicesProvider: { value: "PSYCHIATRIC_HOSPITAL" },
    });
    expect(levelTwoOutcome(facts(inpatient), packs.CO)).toMatchObject({ refusal: { rule: "CO-L2-INPATIENT-PSYCH", field: "needsNursingFacilityServices" } });
    expect(levelTwoOutcome(facts({ ...inpatient, authority: "DD", needsNursingFacilityServices: false }), packs.CO)).toMatchObject({
      refusal: { field: "inpatientPsychiatricCareNeeded" },
    });
  });
});
