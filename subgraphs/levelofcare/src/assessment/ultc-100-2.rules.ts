import { ultcAdlAreas, ultcAreas, ultcDueToConditions, ultcSupervisionAreas, type UltcArea } from "./ultc-100-2-conditions.rules.ts";

const source = "CO 10 CCR 2505-10 §8.401, A. Uniform Long-Term Care 100.2";

export interface UltcAreaScore {
  /** 0 independent … 3 dependent (the instrument's scoring criteria). */
  score: number;
  /** The conditions that justify a score of 1 or more. */
  dueTo: string[];
}
export type UltcResponses = Record<UltcArea, UltcAreaScore>;

export interface CriterionFinding {
  criterion: string;
  met: boolean;
  detail: string;
  source: string;
}

export interface LevelOfCareOutcome {
  meetsNursingFacilityLevelOfCare: boolean;
  findings: CriterionFinding[];
}

/** Problems that make the responses unusable, each naming its area (BAD_USER_INPUT at the edge). */
export function ultcResponseProblems(responses: UltcResponses): { area: UltcArea; problem: string }[] {
  const problems: { area: UltcArea; problem: string }[] = [];
  for (const area of ultcAreas) {
    const { score, dueTo } = responses[area];
    if (!Number.isInteger(score) || score < 0 || score > 3) problems.push({ area, problem: "score must be 0, 1, 2 or 3" });
    // "Score must be justified through one or more of the following conditions."
    if (score >= 1 && dueTo.length === 0) problems.push({ area, problem: `a score of ${score} must name at least one "due to" condition` });
    const unknown = dueTo.filter((condition) => !ultcDueToConditions[area].includes(condition));
    if (unknown.length > 0) problems.push({ area, problem: `${unknown.map((c) => JSON.stringify(c)).join(", ")} is not a "due to" condition of this area` });
  }
  return problems;
}

/**
 * NF level of care under ULTC 100.2: "deficits in 2 of 6 Activities of Daily Living (ADL),
 * (2+ score) or require at least moderate (2+ score) in Behaviors or Memory/Cognition under
 * Supervision" (CO §8.401, A.).
 */
export function scoreUltc(responses: UltcResponses): LevelOfCareOutcome {
  const adlDeficits = ultcAdlAreas.filter((area) => responses[area].score >= 2);
  const supervisionNeeds = ultcSupervisionAreas.filter((area) => responses[area].score >= 2);
  const findings: CriterionFinding[] = [
    {
      criterion: "ADL_DEFICITS",
      met: adlDeficits.length >= 2,
      detail: `${adlDeficits.length} of 6 ADLs scored 2 or more${adlDeficits.length ? ` (${adlDeficits.join(", ")})` : ""}; 2 are needed`,
      source,
    },
    ...ultcSupervisionAreas.map((area) => ({
      criterion: area === "behaviors" ? "SUPERVISION_BEHAVIORS" : "SUPERVISION_MEMORY_COGNITION",
      met: supervisionNeeds.includes(area),
      detail: `${area === "behaviors" ? "Behaviors" : "Memory/Cognition"} scored ${responses[area].score}; 2 or more is needed`,
      source,
    })),
  ];
  return { meetsNursingFacilityLevelOfCare: findings.some((finding) => finding.met), findings };
}
