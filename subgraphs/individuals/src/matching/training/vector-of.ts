import type { PersonEvidence } from "../evidence.model.ts";
import { assess } from "../matching.rules.ts";
import { compactName, nameParts } from "../name-normalisation.rules.ts";
import type { ComparisonVector } from "./comparison-vector.model.ts";

/**
 * The one place training meets the comparison function: each field's level for a newcomer
 * (`probe`) against an earlier record, read today from `assess`'s reasons. When the comparison
 * levels are redefined, this line becomes `comparisonVector(probe, candidate)`.
 */
export const vectorOf = (probe: PersonEvidence, candidate: PersonEvidence): ComparisonVector =>
  Object.fromEntries(assess(probe, { ...candidate, id: "" }).reasons.map((reason) => [reason.field, reason.agreement]));

/**
 * The forms in which the comparison calls two names EXACT (demographic-comparison.rules.ts):
 * term frequencies are counted over these, so a frequency looked up for an exact agreement is
 * the frequency of what agreed.
 */
export const termFrequencyForms = {
  GIVEN_NAME: (name: string) => nameParts(name)[0] ?? "",
  FAMILY_NAME: (name: string) => compactName(name),
} as const;
