import type { Agreement, FieldComparison, MatchField } from "./agreement.model.ts";
import { matchModel } from "./model/match-model.ts";
import type { MatchModel } from "./model/match-model.validation.ts";
import { tfAdjustedWeight } from "./training/term-frequency.rules.ts";

/**
 * Term-frequency adjustment floor, as a share of the field's average u for EXACT: a name seen
 * once in the training data must not outweigh a birth date, so the adjusted u is at least a
 * tenth of the average (the weight at most log2(10) ≈ 3.3 bits above the average exact weight).
 * Splink bounds the same adjustment with `tf_minimum_u_value`.
 */
const floorShare = 0.1;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Fellegi–Sunter agreement weight log2(m / u) (Fellegi, I. P. & Sunter, A. B. (1969), "A Theory
 * for Record Linkage", JASA 64(328)), rounded to hundredths so reasons read cleanly. A level the
 * model does not list, MISSING among them, carries no evidence (0). `value` is the agreeing name
 * (matching form) of an EXACT name: when the model knows its frequency, that frequency stands
 * for u, so SMITH or MARY (common, often shared by different people) weigh less than a rare name
 * (Winkler, W. E. (1989), "Frequency-based matching in Fellegi–Sunter model of record linkage",
 * ASA Proceedings; Splink's term frequency adjustments). A name the model does not list keeps
 * the average u: no bonus for a value nothing is known of (a one-off misspelling, say).
 */
export function agreementWeight(field: MatchField, agreement: Agreement, model: MatchModel = matchModel, value?: string): number {
  const level = model.comparisons[field][agreement];
  if (!level) return 0;
  const frequency = agreement === "EXACT" && value && (field === "GIVEN_NAME" || field === "FAMILY_NAME") ? model.termFrequencies?.[field]?.[value] : undefined;
  if (frequency === undefined) return round(Math.log2(level.m / level.u));
  return round(tfAdjustedWeight(level.m, level.u, frequency, level.u * floorShare));
}

export const weigh = (field: MatchField, agreement: Agreement, model: MatchModel = matchModel, value?: string): FieldComparison => ({
  field,
  agreement,
  weight: agreementWeight(field, agreement, model, value),
});
