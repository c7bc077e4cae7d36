import { describe, expect, it } from "vitest";
import { csaResponseProblems, scoreCsa, type CsaResponses } from "../src/assessment/csa.rules.ts";
import { ultcAreas, type UltcArea } from "../src/assessment/ultc-100-2-conditions.rules.ts";
import { scoreUltc, ultcResponseProblems, type UltcResponses } from "../src/assessment/ultc-100-2.rules.ts";

/** All areas independent (0), then the given scores, each justified by a condition the area lists. */
function ultc(scores: Partial<Record<UltcArea, number>>): UltcResponses {
  const responses = {} as UltcResponses;
  for (const area of ultcAreas) {
    const score = scores[area] ?? 0;
    responses[area] = { score, dueTo: score > 0 ? [area === "behaviors" ? "Agitation" : "Pain"] : [] };
  }
  return responses;
}
const met = (outcome: ReturnType<typeof scoreUltc>, criterion: string) => outcome.findings.find((f) => f.criterion === criterion)?.met;

describe("ULTC 100.2 (CO 10 CCR 2505-10 §8.401, A.)", () => {
  it("NF level of care is met with a 2+ deficit in two ADLs", () => {
    const outcome = scoreUltc(ultc({ bathing: 2, dressing: 2 }));
    expect(outcome.meetsNursingFacilityLevelOfCare).toBe(true);
    expect(met(outcome, "ADL_DEFICITS")).toBe(true);
  });

  it("one ADL at 3 and the others at 1 does not meet it: two ADLs must score 2 or more", () => {
    const outcome = scoreUltc(ultc({ bathing: 3, dressing: 1, toileting: 1, mobility: 1, transferring: 1, eating: 1 }));
    expect(outcome.meetsNursingFacilityLevelOfCare).toBe(false);
    expect(outcome.findings.find((f) => f.criterion === "ADL_DEFICITS")?.detail).toBe("1 of 6 ADLs scored 2 or more (bathing); 2 are needed");
  });

  it("a 2 in Behaviors alone meets it; a 1 does not", () => {
    expect(scoreUltc(ultc({ behaviors: 2 })).meetsNursingFacilityLevelOfCare).toBe(true);
    expect(scoreUltc(ultc({ behaviors: 1 })).meetsNursingFacilityLevelOfCare).toBe(false);
  });

  it("a 3 in Memory/Cognition alone meets it, and the finding says which criterion", () => {
    const outcome = scoreUltc(ultc({ memoryCognition: 3 }));
    expect(outcome.meetsNursingFacilityLevelOfCare).toBe(true);
    expect(met(outcome, "SUPERVISION_MEMORY_COGNITION")).toBe(true);
    expect(met(outcome, "SUPERVISION_BEHAVIORS")).toBe(false);
  });

  it("all scores at 1 do not meet it, and every criterion is explained as not met", () => {
    const outcome = scoreUltc(ultc(Object.fromEntries(ultcAreas.map((a) => [a, 1]))));
    expect(outcome.meetsNursingFacilityLevelOfCare).toBe(false);
    expect(outcome.findings.map((f) => f.met)).toEqual([false, false, false]);
  });

  it("a score of 1 or more must name a due-to condition", () => {
    const responses = ultc({ eating: 1 });
    responses.eating.dueTo = [];
    expect(ultcResponseProblems(responses)).toEqual([{ area: "eating", problem: 'a score of 1 must name at least one "due to" condition' }]);
  });

  it("a due-to condition must be one the area lists (Tube Feeding is an eating condition, not a bathing one)", () => {
    const responses = ultc({ bathing: 2, eating: 2 });
    responses.bathing.dueTo = ["Tube Feeding"];
    responses.eating.dueTo = ["Tube Feeding"];
    expect(ultcResponseProblems(responses)).toEqual([{ area: "bathing", problem: '"Tube Feeding" is not a "due to" condition of this area' }]);
  });

  it("scores outside 0–3 are refused", () => {
    expect(ultcResponseProblems(ultc({ mobility: 4 })).map((p) => p.area)).toEqual(["mobility"]);
  });
});

function csa(overrides: Partial<CsaResponses> = {}): CsaResponses {
  return {
    adlCriteriaMet: { mobility: [], transferring: [], bathing: [], dressing: [], toileting: [], eating: [], healthCondition: [] },
    behavior: {
      injuryAggressionOrDestruction: "NONE",
      verbalAggressionCurrently: false,
      threatToSafety: false,
      cueing: "NONE",
      physicalIntervention: "NONE",
      plannedIntervention: "NONE",
      escalationIfServicesWithdrawn: "UNLIKELY",
    },
    cognition: { memory: "NONE", attention: "NONE", problemSolving: "NONE", planning: "NONE", judgment: "NONE" },
    communication: { frequentDifficultyExpressingNeeds: false, rarelyOrNeverExpressesOrVeryHardToUnderstand: false },
    ...overrides,
  };
}

describe("CSA adult thresholds (CO 10 CCR 2505-10 §8.401.16.B.1)", () => {
  it("ADL and health-condition thresholds met in two areas meet NF level of care; one area does not", () => {
    const one = csa();
    one.adlCriteriaMet.mobility = ["ii"];
    expect(scoreCsa(one).meetsNursingFacilityLevelOfCare).toBe(false);
    one.adlCriteriaMet.healthCondition = ["i"];
    expect(scoreCsa(one).meetsNursingFacilityLevelOfCare).toBe(true);
  });

  it("behavior area one needs the behavior and an intervention at the threshold frequency", () => {
    const behavior = { ...csa().behavior, injuryAggressionOrDestruction: "PREVIOUSLY" as const, cueing: "UP_TO_MONTHLY" as const };
    expect(scoreCsa(csa({ behavior })).meetsNursingFacilityLevelOfCare).toBe(false);
    expect(scoreCsa(csa({ behavior: { ...behavior, cueing: "MONTHLY_TO_WEEKLY" } })).meetsNursingFacilityLevelOfCare).toBe(true);
    expect(scoreCsa(csa({ behavior: { ...behavior, plannedIntervention: "UP_TO_MONTHLY" } })).meetsNursingFacilityLevelOfCare).toBe(true);
  });

  it("verbal aggression (area two) counts only with a threat to safety", () => {
    const behavior = { ...csa().behavior, verbalAggressionCurrently: true, physicalIntervention: "MORE_THAN_WEEKLY" as const };
    expect(scoreCsa(csa({ behavior })).findings.find((f) => f.criterion === "BEHAVIOR_AREA_TWO")?.met).toBe(false);
    expect(scoreCsa(csa({ behavior: { ...behavior, threatToSafety: true } })).findings.find((f) => f.criterion === "BEHAVIOR_AREA_TWO")?.met).toBe(true);
  });

  it("area three: a current behavior likely to escalate if services were withdrawn", () => {
    const behavior = { ...csa().behavior, injuryAggressionOrDestruction: "CURRENTLY" as const, escalationIfServicesWithdrawn: "LIKELY" as const };
    expect(scoreCsa(csa({ behavior })).meetsNursingFacilityLevelOfCare).toBe(true);
    expect(scoreCsa(csa({ behavior: { ...behavior, injuryAggressionOrDestruction: "PREVIOUSLY" } })).meetsNursingFacilityLevelOfCare).toBe(false);
  });

  it("memory and cognition: moderate in one area, or mild in two of problem solving, planning and judgment", () => {
    expect(scoreCsa(csa({ cognition: { ...csa().cognition, attention: "MODERATE" } })).meetsNursingFacilityLevelOfCare).toBe(true);
    expect(scoreCsa(csa({ cognition: { ...csa().cognition, memory: "MILD", planning: "MILD" } })).meetsNursingFacilityLevelOfCare).toBe(false);
    expect(scoreCsa(csa({ cognition: { ...csa().cognition, judgment: "MILD", planning: "MILD" } })).meetsNursingFacilityLevelOfCare).toBe(true);
  });

  it("sensory and communication threshold alone meets it", () => {
    const communication = { frequentDifficultyExpressingNeeds: true, rarelyOrNeverExpressesOrVeryHardToUnderstand: false };
    expect(scoreCsa(csa({ communication })).meetsNursingFacilityLevelOfCare).toBe(true);
  });

  it("criteria an area does not list are refused, naming the area", () => {
    const responses = csa();
    responses.adlCriteriaMet.bathing = ["ii"];
    expect(csaResponseProblems(responses)).toEqual([{ field: "adlCriteriaMet.bathing", problem: "lists criteria i only (got ii)" }]);
  });
});
