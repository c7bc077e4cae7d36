import type { Agreement, FieldComparison, MatchField } from "./agreement.model.ts";

/**
 * Fellegi–Sunter agreement weights: Fellegi, I. P. & Sunter, A. B. (1969), "A Theory for Record
 * Linkage", JASA 64(328). For each field and level, m = P(level | same person) and
 * u = P(level | different people); the weight is log2(m / u), and a pair's score is the sum.
 * The m and u values are estimates for an elderly, nursing-facility population (u for dates
 * of birth from ~60 birth years; u for names from US Census surname and given-name
 * frequencies); the synthetic quality test (test/matching.quality.test.ts) measures them.
 * A level not listed for a field carries no evidence (weight 0), as MISSING always does.
 */
const mu: Record<MatchField, Partial<Record<Agreement, [m: number, u: number]>>> = {
  GIVEN_NAME: { EXACT: [0.86, 0.01], NICKNAME: [0.05, 0.002], SIMILAR: [0.06, 0.01], INITIAL: [0.01, 0.03], DIFFERENT: [0.02, 0.948] },
  FAMILY_NAME: { EXACT: [0.84, 0.002], PART: [0.03, 0.001], SIMILAR: [0.06, 0.005], DIFFERENT: [0.07, 0.992] },
  MIDDLE_NAME: { EXACT: [0.6, 0.05], INITIAL: [0.3, 0.08], DIFFERENT: [0.1, 0.87] },
  SUFFIX: { EXACT: [0.99, 0.9], DIFFERENT: [0.01, 0.1] },
  BIRTH_DATE: { EXACT: [0.92, 0.0001], TRANSPOSED: [0.02, 0.0001], TYPO: [0.04, 0.0005], DIFFERENT: [0.02, 0.9994] },
  SEX: { EXACT: [0.97, 0.5], DIFFERENT: [0.03, 0.5] },
  ADDRESS: { EXACT: [0.5, 0.02], SAME_ZIP: [0.2, 0.05], DIFFERENT: [0.3, 0.93] },
  SSN: { EXACT: [0.99, 1e-7], LAST_FOUR: [0.95, 1e-4], CONFLICT: [0.01, 0.9999] },
  MEDICAID_ID: { EXACT: [0.98, 1e-7], CONFLICT: [0.01, 0.99] },
  MEDICARE_MBI: { EXACT: [0.98, 1e-7], DIFFERENT: [0.05, 0.99] },
};

const round = (value: number) => Math.round(value * 100) / 100;

/** The weight of one field's agreement, rounded to hundredths so reasons read cleanly. */
export function agreementWeight(field: MatchField, agreement: Agreement): number {
  const pair = mu[field][agreement];
  return pair ? round(Math.log2(pair[0] / pair[1])) : 0;
}

export const weigh = (field: MatchField, agreement: Agreement): FieldComparison => ({ field, agreement, weight: agreementWeight(field, agreement) });
