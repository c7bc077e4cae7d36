import type { MatchModel } from "./match-model.validation.ts";

const mu = (m: number, u: number) => ({ m, u });

/**
 * The hand-set model, used while no trained model is on file. The m and u values are estimates
 * for an elderly, nursing-facility population: u for dates of birth from ~40 birth years
 * (about 14,600 days), u for names from US Census surname and given-name frequencies, m from
 * the error rates of FEBRL-style corruption (Christen 2008: one field in a duplicate disturbed,
 * a typo, a swap, a replaced value). Three deliberate choices:
 *  - an SSN CONFLICT (m = 0.0005: the spouse's number, a wrong person) and a DIFFERENT given
 *    name (m = 0.02) are rare for one person (the synthetic labels put both near 0), so twins
 *    who agree on family name, birth date, sex and home but not on given name or SSN score
 *    about 11.4, below the review threshold (12);
 *  - an SSN ONE_EDIT is weak (u = 0.0005, not ~1e-7 as random numbers would give): twins and
 *    siblings were often issued consecutive numbers;
 *  - SWAPPED names weigh a little less than the two names exact, split over both fields.
 */
export const fallbackModel: MatchModel = {
  lambda: 0.001,
  comparisons: {
    GIVEN_NAME: {
      EXACT: mu(0.82, 0.01),
      NICKNAME: mu(0.03, 0.002),
      ONE_EDIT: mu(0.05, 0.002),
      PHONETIC: mu(0.02, 0.004),
      SIMILAR: mu(0.02, 0.01),
      INITIAL: mu(0.01, 0.03),
      SWAPPED: mu(0.005, 0.0001),
      DIFFERENT: mu(0.02, 0.94),
    },
    MIDDLE_NAME: { EXACT: mu(0.6, 0.05), INITIAL: mu(0.3, 0.08), DIFFERENT: mu(0.1, 0.87) },
    FAMILY_NAME: {
      EXACT: mu(0.8, 0.002),
      ONE_EDIT: mu(0.05, 0.0005),
      PHONETIC: mu(0.02, 0.001),
      PART: mu(0.03, 0.001),
      SIMILAR: mu(0.02, 0.004),
      SWAPPED: mu(0.005, 0.00005),
      DIFFERENT: mu(0.07, 0.99),
    },
    SUFFIX: { EXACT: mu(0.99, 0.9), DIFFERENT: mu(0.01, 0.1) },
    BIRTH_DATE: {
      EXACT: mu(0.9, 0.00007),
      DAY_MONTH_SWAP: mu(0.01, 0.00002),
      ONE_DIGIT: mu(0.04, 0.001),
      DIGITS_TRANSPOSED: mu(0.01, 0.0002),
      DIFFERENT: mu(0.04, 0.9987),
    },
    SEX: { EXACT: mu(0.97, 0.5), DIFFERENT: mu(0.03, 0.5) },
    ADDRESS: { EXACT: mu(0.5, 0.02), SAME_ZIP: mu(0.2, 0.05), DIFFERENT: mu(0.3, 0.93) },
    SSN: { EXACT: mu(0.95, 1e-7), ONE_EDIT: mu(0.03, 0.0005), LAST_FOUR: mu(0.95, 1e-4), CONFLICT: mu(0.0005, 0.9995) },
    MEDICAID_ID: { EXACT: mu(0.97, 1e-7), ONE_EDIT: mu(0.01, 0.0005), CONFLICT: mu(0.01, 0.9995) },
    MEDICARE_MBI: { EXACT: mu(0.97, 1e-7), ONE_EDIT: mu(0.01, 0.0005), DIFFERENT: mu(0.05, 0.9995) },
  },
  provenance: { source: "hand-set", note: "fallback until src/matching/model/trained-model.json is trained (issue 21)" },
};
