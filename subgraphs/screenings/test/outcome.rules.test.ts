import { describe, expect, it } from "vitest";
import { settledOutcome } from "../src/categorical/categorical-decision.rules.ts";
import { decideOutcome, type LevelOneFacts } from "../src/outcome/outcome.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

const federal = policyPresets.FEDERAL!;
const facts = (over: Partial<LevelOneFacts> = {}): LevelOneFacts => ({
  screenedOn: "2026-11-02",
  currentSetting: "HOSPITAL_INPATIENT",
  mentalIllness: { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false },
  developmentalDisability: { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false },
  dementia: "NONE",
  dangerToSelfOrOthers: false,
  filedByHospital: true,
  request: null,
  ...over,
});
const mi = { diagnosis: true, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
const dd = { diagnosis: false, history: true, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false };

describe("Level I outcome (CO 8.401.191–.195, OH guide)", () => {
  it("no indications of SMI or ID/DD: admission may proceed", () => {
    expect(decideOutcome(facts(), federal)).toMatchObject({ outcome: "NO_INDICATIONS", levelTwoCategory: null, rule: "no-indications" });
  });

  it("any one SMI finding, e.g. psychotropic medication without a justifying diagnosis, requires a Level II for MI", () => {
    const outcome = decideOutcome(facts({ mentalIllness: { ...mi, diagnosis: false, psychotropicWithoutDiagnosis: true } }), federal);
    expect(outcome).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "MI" });
  });

  it("SMI and ID/DD indications together require a DUAL Level II", () => {
    expect(decideOutcome(facts({ mentalIllness: mi, developmentalDisability: dd }), federal)).toMatchObject({
      outcome: "LEVEL_II_REQUIRED",
      levelTwoCategory: "DUAL",
    });
  });

  it("a related condition with onset before 22 is an ID/DD indication", () => {
    const outcome = decideOutcome(facts({ developmentalDisability: { ...dd, history: false, relatedConditionOnsetBefore22: true } }), federal);
    expect(outcome.levelTwoCategory).toBe("DD");
  });

  it("hospital exemption from an inpatient stay with physician certification runs 30 days, through day 30", () => {
    const outcome = decideOutcome(facts({ mentalIllness: mi, request: { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true } }), federal);
    expect(outcome).toMatchObject({ outcome: "EXEMPT_HOSPITAL_DISCHARGE", validThrough: "2026-12-01" });
    expect(outcome.source).toMatch(/30 days/);
  });

  it.each(["EMERGENCY_ROOM", "OBSERVATION", "PSYCHIATRIC_UNIT"] as const)("no hospital exemption from %s", (currentSetting) => {
    const outcome = decideOutcome(
      facts({ currentSetting, mentalIllness: mi, request: { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true } }),
      federal,
    );
    expect(outcome.outcome).toBe("LEVEL_II_REQUIRED");
    expect(outcome.explanation).toMatch(/Hospital exemption not applied/);
  });

  it("no hospital exemption without the physician's certification", () => {
    const outcome = decideOutcome(facts({ request: { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: false } }), federal);
    expect(outcome.outcome).toBe("NO_INDICATIONS");
  });

  it("a categorical determination applies only to people with indications", () => {
    const outcome = decideOutcome(facts({ request: { kind: "TERMINAL_ILLNESS", physicianCertifiedStayUnder30Days: false } }), federal);
    expect(outcome.outcome).toBe("NO_INDICATIONS");
  });

  it("a categorical determination is refused when the person may be a danger to self or others (CO 8.401.195)", () => {
    const outcome = decideOutcome(
      facts({ mentalIllness: mi, dangerToSelfOrOthers: true, request: { kind: "EMERGENCY", physicianCertifiedStayUnder30Days: false } }),
      federal,
    );
    expect(outcome.outcome).toBe("LEVEL_II_REQUIRED");
    expect(outcome.explanation).toMatch(/8\.401\.195/);
  });

  it("a categorical asked for on a Level I is only requested: its authority decides, PASRR is not met meanwhile (CO 8.401.192; MN bulletin 00-53-3)", () => {
    const outcome = decideOutcome(facts({ mentalIllness: mi, request: { kind: "TERMINAL_ILLNESS", physicianCertifiedStayUnder30Days: false } }), federal);
    expect(outcome).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      categoricalType: "TERMINAL_ILLNESS",
      validThrough: null,
      categoricalDueOn: "2026-11-16",
      rule: "categorical-terminal-illness-requested",
    });
    // 9 working days from Mon 2 Nov 2026, the federal Veterans Day (Wed 11 Nov) skipped.
    expect(outcome.explanation).toMatch(/pending the decision of the MH_AUTHORITY, due 2026-11-16/);
  });

  it("an emergency categorical expires on day 7; terminal illness does not expire", () => {
    // Counted from the authority's grant (day 1), not from the request.
    expect(
      decideOutcome(facts({ mentalIllness: mi, request: { kind: "EMERGENCY", physicianCertifiedStayUnder30Days: false } }), federal).validThrough,
    ).toBeNull();
    expect(settledOutcome("GRANTED", "EMERGENCY", "MI", "2026-11-04", federal)).toMatchObject({ outcome: "CATEGORICAL", validThrough: "2026-11-10" });
    expect(settledOutcome("GRANTED", "TERMINAL_ILLNESS", "MI", "2026-11-04", federal)).toMatchObject({ outcome: "CATEGORICAL", validThrough: null });
  });

  it("convalescent length follows the state: 30 days federally, 60 in CO, 120 in IL", () => {
    const grantedOn = "2026-11-02";
    expect(settledOutcome("GRANTED", "CONVALESCENT", "MI", grantedOn, federal).validThrough).toBe("2026-12-01");
    expect(settledOutcome("GRANTED", "CONVALESCENT", "MI", grantedOn, policyPresets.CO!).validThrough).toBe("2026-12-31");
    expect(settledOutcome("GRANTED", "CONVALESCENT", "MI", grantedOn, policyPresets.IL!).validThrough).toBe("2027-03-01");
  });

  it("a primary dementia categorical needs a primary dementia diagnosis", () => {
    const request = { kind: "PRIMARY_DEMENTIA" as const, physicianCertifiedStayUnder30Days: false };
    expect(decideOutcome(facts({ mentalIllness: mi, dementia: "SECONDARY", request }), federal).outcome).toBe("LEVEL_II_REQUIRED");
    expect(decideOutcome(facts({ mentalIllness: mi, dementia: "PRIMARY", request }), federal).outcome).toBe("CATEGORICAL_REQUESTED");
  });

  it("a categorical the state does not have is not applied: the screen goes to Level II, naming the rule and its source (CO 8.401.192 B)", () => {
    const outcome = decideOutcome(facts({ mentalIllness: mi, request: { kind: "RESPITE", physicianCertifiedStayUnder30Days: false } }), policyPresets.CO!);
    expect(outcome.outcome).toBe("LEVEL_II_REQUIRED");
    expect(outcome.explanation).toMatch(
      /Categorical determination not applied: CO-CATEGORICAL-LIST: the CO pack has no RESPITE categorical \(co-10-ccr.*8\.401\.192 B/,
    );
  });

  it("OH: only the discharging hospital completes the hospital exemption (form 7000 or HENS); a NF or PAA filing gets no exemption", () => {
    const oh = policyPresets.OH!;
    const request = { kind: "HOSPITAL_EXEMPTION" as const, physicianCertifiedStayUnder30Days: true };
    expect(decideOutcome(facts({ request }), oh).outcome).toBe("EXEMPT_HOSPITAL_DISCHARGE");
    const byNf = decideOutcome(facts({ mentalIllness: mi, filedByHospital: false, request }), oh);
    expect(byNf).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "MI" });
    expect(byNf.explanation).toContain("only the discharging hospital may file a hospital exemption");
    // The federal baseline names no filer.
    expect(decideOutcome(facts({ filedByHospital: false, request }), federal).outcome).toBe("EXEMPT_HOSPITAL_DISCHARGE");
  });

  it("OH: a non-Ohio resident coming from an out-of-state hospital may not be a hospital exemption (since 2/1/2010); an Ohio resident in an out-of-state hospital, or a non-resident in an Ohio hospital, may", () => {
    const oh = policyPresets.OH!;
    const request = (residesOutOfState: boolean, hospitalOutOfState: boolean) => ({
      kind: "HOSPITAL_EXEMPTION" as const,
      physicianCertifiedStayUnder30Days: true,
      residesOutOfState,
      hospitalOutOfState,
    });
    expect(decideOutcome(facts({ request: request(true, true) }), oh)).toMatchObject({ outcome: "NO_INDICATIONS" });
    expect(decideOutcome(facts({ request: request(true, true) }), oh).explanation).toContain("out-of-state hospital");
    expect(decideOutcome(facts({ request: request(false, true) }), oh).outcome).toBe("EXEMPT_HOSPITAL_DISCHARGE");
    expect(decideOutcome(facts({ request: request(true, false) }), oh).outcome).toBe("EXEMPT_HOSPITAL_DISCHARGE");
  });
});
