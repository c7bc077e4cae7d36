import type { PersonEvidence } from "../evidence.model.ts";
import { comparisonVector } from "../matching.rules.ts";
import { compactName, nameParts } from "../name-normalisation.rules.ts";
import type { ComparisonVector } from "./comparison-vector.model.ts";

/**
 * The one place training meets the comparison function: each field's level for a newcomer
 * (`probe`) against an earlier record (matching.rules.ts, issue 21's comparison levels).
 */
export const vectorOf = (probe: PersonEvidence, candidate: PersonEvidence): ComparisonVector => comparisonVector(probe, candidate);

/**
 * The forms in which the comparison calls two names EXACT (demographic-comparison.rules.ts):
 * term frequencies are counted over these, so a frequency looked up for an exact agreement is
 * the frequency of what agreed.
 */
export const termFrequencyForms = {
  GIVEN_NAME: (name: string) => nameParts(name)[0] ?? "",
  FAMILY_NAME: (name: string) => compactName(name),
} as const;
