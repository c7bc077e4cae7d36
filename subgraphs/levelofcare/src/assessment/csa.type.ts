import { registerEnumType } from "type-graphql";
import { csaFrequencies, impairmentLevels } from "./csa.rules.ts";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CsaFrequency = enumOf(csaFrequencies);
export const ImpairmentLevel = enumOf(impairmentLevels);
export const BehaviorStatus = enumOf(["NONE", "PREVIOUSLY", "CURRENTLY"] as const);
export const EscalationLikelihood = enumOf(["UNLIKELY", "LIKELY", "HIGHLY_LIKELY"] as const);

registerEnumType(CsaFrequency, {
  name: "CsaFrequency",
  description: "How often an intervention is required (CO §8.401.16.B.1.ii.2).",
  valuesConfig: {
    NONE: { description: "Not required." },
    UP_TO_MONTHLY: { description: "Less than monthly, up to once per month." },
    MONTHLY_TO_WEEKLY: { description: "More than once per month, up to weekly." },
    MORE_THAN_WEEKLY: { description: "More than weekly." },
  },
});
registerEnumType(ImpairmentLevel, {
  name: "ImpairmentLevel",
  description: "Level of impairment in a memory-and-cognition area (CO §8.401.16.B.1.ii.3).",
  valuesConfig: {
    NONE: { description: "Not impaired." },
    MILD: { description: "Mildly impaired." },
    MODERATE: { description: "Moderately impaired." },
    SEVERE: { description: "Severely impaired." },
  },
});
registerEnumType(BehaviorStatus, {
  name: "BehaviorStatus",
  description: "Whether a behavior requires interventions or presents symptoms.",
  valuesConfig: { NONE: { description: "Never." }, PREVIOUSLY: { description: "Previously, not now." }, CURRENTLY: { description: "Currently." } },
});
registerEnumType(EscalationLikelihood, {
  name: "EscalationLikelihood",
  description: "How likely a behavior would occur or escalate if home- and community-based services were withdrawn.",
  valuesConfig: { UNLIKELY: { description: "Unlikely." }, LIKELY: { description: "Likely." }, HIGHLY_LIKELY: { description: "Highly likely." } },
});
