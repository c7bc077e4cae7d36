import { describe, expect, it } from "vitest";
import { levelTwoOutcome, type DerivedOutcome } from "../src/level-two-determination/level-two-outcome.rules.ts";
import { levelOneNoticesFor } from "../src/notice/level-one-notice.rules.ts";
import { noticesFor } from "../src/notice/notice.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

const derive = (state: keyof typeof policyPresets, over: Record<string, unknown> = {}): DerivedOutcome => {
  const derived = levelTwoOutcome(
    {
      authority: "MH",
      determinedOn: "2026-11-02",
      needsNursingFacilityServices: true,
      needsSpecializedServices: false,
      inpatientPsychiatricCareNeeded: false,
      diagnosticAssessmentPending: false,
      approvalPeriod: null,
      approvedThrough: null,
      followsProvisional: false,
      ...over,
    },
    policyPresets[state],
  );
  if ("refusal" in derived) throw new Error(derived.refusal.problem);
  return derived;
};
type Noticed = Parameters<typeof noticesFor>[0];
const determination = (derived: DerivedOutcome, over: Partial<Noticed> = {}): Noticed => ({
  ...derived,
  determinedOn: "2026-11-02",
  needsNursingFacilityServices: derived.outcome !== "DENIED",
  needsSpecializedServices: derived.specializedServicesProvider !== null,
  recommendedServices: ["Psychiatric follow-up monthly"],
  screen: { currentSetting: "HOSPITAL_INPATIENT" as const, facilityId: "hospital" },
  addressees: { hasRepresentative: true, admittingFacilityId: "nf" },
  ...over,
});

describe("Level II notices: which recipients get which content", () => {
  it("FEDERAL: a determination is noticed to the person, representative of record, admitting NF, discharging hospital and attending physician (CO 8.401.206 E)", () => {
    const notices = noticesFor(determination(derive("FEDERAL")), policyPresets.FEDERAL);
    expect(notices.map((n) => [n.recipient, n.recipientFacilityId, n.copy])).toEqual([
      ["PERSON", null, false],
      ["REPRESENTATIVE", null, false],
      ["ADMITTING_NURSING_FACILITY", "nf", true],
      ["DISCHARGING_HOSPITAL", "hospital", true],
      ["ATTENDING_PHYSICIAN", null, true],
    ]);
    expect(notices.find((n) => n.recipient === "ATTENDING_PHYSICIAN")!.source).toContain("8.401.206 E.4");
  });

  it("FEDERAL: no representative on record, no representative's notice; a resident's NF is the admitting NF (CO 8.401.206 E.1, E.3)", () => {
    const notices = noticesFor(
      determination(derive("FEDERAL"), {
        screen: { currentSetting: "NURSING_FACILITY", facilityId: "nf" },
        addressees: { hasRepresentative: false, admittingFacilityId: null },
      }),
      policyPresets.FEDERAL,
    );
    expect(notices.map((n) => n.recipient)).toEqual(["PERSON", "ADMITTING_NURSING_FACILITY", "ATTENDING_PHYSICIAN"]);
  });

  it("IL: every notice carries the outcome, reasons, services and appeal rights with the 30-day deadline and the second level (IL VII.E.3, VIII)", () => {
    const notices = noticesFor(determination(derive("IL", { approvalPeriod: "TIME_LIMITED" })), policyPresets.IL);
    for (const notice of notices) {
      expect(notice.content).toMatchObject({ outcome: "ALLOWED_TIME_LIMITED", approvedThrough: "2027-05-01", appealDeadline: "2026-12-02" });
      expect(notice.content.reasons[0]).toMatch(/through 2027-05-01/);
      expect(notice.content.services).toContain("Psychiatric follow-up monthly");
      expect(notice.content.appealRights).toMatch(/by 2026-12-02, 30 calendar days/);
      expect(notice.content.appealRights).toMatch(/physician review may be asked within 30 days/);
    }
  });

  it("MN: specialized services are named with who provides them; no second appeal level (MN form B.6)", () => {
    const [person] = noticesFor(determination(derive("MN", { needsSpecializedServices: true })), policyPresets.MN);
    expect(person!.content.reasons).toContain("Needs specialized services: the Local Mental Health Authority provides or arranges them.");
    expect(person!.content.appealRights).not.toMatch(/second|physician review/);
  });

  it("FEDERAL: a denial names the services referred instead (IL VII.D.4; MN form B.5)", () => {
    const [person] = noticesFor(determination(derive("FEDERAL", { needsNursingFacilityServices: false })), policyPresets.FEDERAL);
    expect(person!.content).toMatchObject({ outcome: "DENIED", approvedThrough: null });
    expect(person!.content.services.at(-1)).toMatch(/outside a nursing facility/);
  });
});

describe("Level I notices (CO 8.401.193)", () => {
  const referrals = [
    { authority: "MH" as const, referredOn: "2026-11-02", dueOn: "2026-11-16", awaitsAuthority: null },
    { authority: "DD" as const, referredOn: "2026-11-02", dueOn: "2026-11-16", awaitsAuthority: null },
  ];
  it("CO: a Level I that refers to a Level II is noticed to the person and representative, with no appeal rights (CO 8.401.193 A–C)", () => {
    const notices = levelOneNoticesFor({ outcome: "LEVEL_II_REQUIRED", explanation: "Indications of SMI and ID/DD." }, referrals, true);
    expect(notices.map((n) => n.recipient)).toEqual(["PERSON", "REPRESENTATIVE"]);
    expect(notices[0]).toMatchObject({
      issuedOn: "2026-11-02",
      findings: "Indications of SMI and ID/DD.",
      referredTo: ["MH", "DD"],
      levelTwoDueOn: "2026-11-16",
    });
    expect(notices[0]!.appealRights).toMatch(/not an appealable action/);
  });

  it("CO: a Level I that makes no referral issues no Level I notice (CO 8.401.193 B)", () => {
    expect(levelOneNoticesFor({ outcome: "NO_INDICATIONS", explanation: "No indications." }, [], true)).toEqual([]);
    expect(levelOneNoticesFor({ outcome: "CATEGORICAL", explanation: "Terminal illness." }, [], false)).toEqual([]);
  });
});
