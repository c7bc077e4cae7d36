import type { CriterionFinding, LevelOfCareOutcome } from "./ultc-100-2.rules.ts";

/**
 * The adult (4 years and older) NF level-of-care thresholds of the Colorado Single Assessment,
 * CO 10 CCR 2505-10 §8.401.16.B.1 (seeds/co-10-ccr-2505-10-8.401-level-of-care.txt).
 */
const source = (part: string) => `CO 10 CCR 2505-10 §8.401.16.B.1.${part}`;

/**
 * How many criteria each ADL / health-condition area lists (ii.1.a–g); an assessor reports the
 * ones met by their roman numeral, e.g. mobility ["ii"] = "requires a cane or walker during all mobility".
 */
export const csaAdlCriteria = {
  mobility: 7,
  transferring: 3,
  bathing: 1,
  dressing: 3,
  toileting: 7,
  eating: 2,
  healthCondition: 2,
} as const;
export type CsaAdlArea = keyof typeof csaAdlCriteria;
const romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii"];
/** The criteria an area lists, by roman numeral: what an assessor may report as met there. */
export const csaCriteriaOf = (area: CsaAdlArea) => romanNumerals.slice(0, csaAdlCriteria[area]);

/** Intervention frequencies, ordered, in the rule's words. */
export const csaFrequencies = ["NONE", "UP_TO_MONTHLY", "MONTHLY_TO_WEEKLY", "MORE_THAN_WEEKLY"] as const;
export type CsaFrequency = (typeof csaFrequencies)[number];
export const impairmentLevels = ["NONE", "MILD", "MODERATE", "SEVERE"] as const;
export type ImpairmentLevel = (typeof impairmentLevels)[number];

export interface CsaResponses {
  adlCriteriaMet: Record<CsaAdlArea, string[]>;
  behavior: {
    /** Injury to self, physical aggression or property destruction requires interventions or shows symptoms. */
    injuryAggressionOrDestruction: "NONE" | "PREVIOUSLY" | "CURRENTLY";
    verbalAggressionCurrently: boolean;
    threatToSafety: boolean;
    cueing: CsaFrequency;
    physicalIntervention: CsaFrequency;
    plannedIntervention: CsaFrequency;
    escalationIfServicesWithdrawn: "UNLIKELY" | "LIKELY" | "HIGHLY_LIKELY";
  };
  cognition: Record<"memory" | "attention" | "problemSolving" | "planning" | "judgment", ImpairmentLevel>;
  communication: { frequentDifficultyExpressingNeeds: boolean; rarelyOrNeverExpressesOrVeryHardToUnderstand: boolean };
}

export function csaResponseProblems(responses: CsaResponses): { field: string; problem: string }[] {
  return (Object.keys(csaAdlCriteria) as CsaAdlArea[]).flatMap((area) => {
    const allowed = csaCriteriaOf(area);
    const unknown = responses.adlCriteriaMet[area].filter((criterion) => !allowed.includes(criterion));
    return unknown.length ? [{ field: `adlCriteriaMet.${area}`, problem: `lists criteria ${allowed.join(", ")} only (got ${unknown.join(", ")})` }] : [];
  });
}

const atLeast = <T extends string>(order: readonly T[], value: T, minimum: T) => order.indexOf(value) >= order.indexOf(minimum);

export function scoreCsa(responses: CsaResponses): LevelOfCareOutcome {
  const { behavior, cognition, communication } = responses;
  const areasMet = (Object.keys(csaAdlCriteria) as CsaAdlArea[]).filter((area) => responses.adlCriteriaMet[area].length > 0);
  // ii.2.a.ii / b.iii: cueing or physical intervention more than monthly up to weekly, or planned intervention up to monthly.
  const frequencyMet =
    atLeast(csaFrequencies, behavior.cueing, "MONTHLY_TO_WEEKLY") ||
    atLeast(csaFrequencies, behavior.physicalIntervention, "MONTHLY_TO_WEEKLY") ||
    atLeast(csaFrequencies, behavior.plannedIntervention, "UP_TO_MONTHLY");
  const moderate = (Object.keys(cognition) as (keyof typeof cognition)[]).filter((d) => atLeast(impairmentLevels, cognition[d], "MODERATE"));
  const mild = (["problemSolving", "planning", "judgment"] as const).filter((d) => atLeast(impairmentLevels, cognition[d], "MILD"));
  const findings: CriterionFinding[] = [
    {
      criterion: "ADL_HEALTH_CONDITION",
      met: areasMet.length >= 2,
      detail: `${areasMet.length} areas met${areasMet.length ? ` (${areasMet.join(", ")})` : ""}; 2 are needed`,
      source: source("i.1"),
    },
    {
      criterion: "BEHAVIOR_AREA_ONE",
      met: behavior.injuryAggressionOrDestruction !== "NONE" && frequencyMet,
      detail: "injury to self, physical aggression or property destruction, with intervention at the threshold frequency",
      source: source("ii.2.a"),
    },
    {
      criterion: "BEHAVIOR_AREA_TWO",
      met: behavior.verbalAggressionCurrently && behavior.threatToSafety && frequencyMet,
      detail: "current verbal aggression threatening safety, with intervention at the threshold frequency",
      source: source("ii.2.b"),
    },
    {
      criterion: "BEHAVIOR_AREA_THREE",
      met:
        (behavior.injuryAggressionOrDestruction === "CURRENTLY" || behavior.verbalAggressionCurrently) && behavior.escalationIfServicesWithdrawn !== "UNLIKELY",
      detail: `current behavior, escalation if services were withdrawn ${behavior.escalationIfServicesWithdrawn.toLowerCase().replace("_", " ")}`,
      source: source("ii.2.c"),
    },
    {
      criterion: "MEMORY_COGNITION_MODERATE",
      met: moderate.length >= 1,
      detail: `moderate or higher impairment in ${moderate.length ? moderate.join(", ") : "no area"}`,
      source: source("ii.3.a"),
    },
    {
      criterion: "MEMORY_COGNITION_MILD",
      met: mild.length >= 2,
      detail: `mild or higher impairment in ${mild.length} of problem solving, planning, judgment; 2 are needed`,
      source: source("ii.3.b"),
    },
    {
      criterion: "SENSORY_COMMUNICATION",
      met: communication.frequentDifficultyExpressingNeeds || communication.rarelyOrNeverExpressesOrVeryHardToUnderstand,
      detail: "difficulty expressing needs, or rarely or never understood",
      source: source("ii.4"),
    },
  ];
  return { meetsNursingFacilityLevelOfCare: findings.some((finding) => finding.met), findings };
}
