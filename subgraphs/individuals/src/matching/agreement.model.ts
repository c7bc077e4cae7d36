/** The fields compared when deciding whether two records are one person (issue 3, "Matching"). */
export const matchFields = [
  "GIVEN_NAME",
  "MIDDLE_NAME",
  "FAMILY_NAME",
  "SUFFIX",
  "BIRTH_DATE",
  "SEX",
  "ADDRESS",
  "SSN",
  "MEDICAID_ID",
  "MEDICARE_MBI",
] as const;
export type MatchField = (typeof matchFields)[number];

/**
 * How well one field agrees between two records. Each field grades closeness with its own
 * ordered levels (`levelsOf`), the first that applies winning, as Splink's comparison levels do
 * (UK Ministry of Justice, Splink documentation, "Comparisons and comparison levels").
 * TRANSPOSED and TYPO are the birth-date levels before issue 21 (now DAY_MONTH_SWAP and
 * ONE_DIGIT / DIGITS_TRANSPOSED): kept only because reviews opened earlier stored them.
 */
export const agreements = [
  "EXACT",
  "NICKNAME",
  "ONE_EDIT",
  "PHONETIC",
  "SIMILAR",
  "PART",
  "INITIAL",
  "SWAPPED",
  "DAY_MONTH_SWAP",
  "ONE_DIGIT",
  "DIGITS_TRANSPOSED",
  "SAME_ZIP",
  "LAST_FOUR",
  "DIFFERENT",
  "CONFLICT",
  "MISSING",
  "TRANSPOSED",
  "TYPO",
] as const;
export type Agreement = (typeof agreements)[number];

/**
 * The levels each field can take, best agreement first (MISSING, no evidence, last): the
 * shape of a comparison vector, what a trained model must give an m and u for.
 */
export const levelsOf = {
  GIVEN_NAME: ["EXACT", "NICKNAME", "ONE_EDIT", "PHONETIC", "SIMILAR", "INITIAL", "SWAPPED", "DIFFERENT", "MISSING"],
  MIDDLE_NAME: ["EXACT", "INITIAL", "DIFFERENT", "MISSING"],
  FAMILY_NAME: ["EXACT", "ONE_EDIT", "PHONETIC", "PART", "SIMILAR", "SWAPPED", "DIFFERENT", "MISSING"],
  SUFFIX: ["EXACT", "DIFFERENT", "MISSING"],
  BIRTH_DATE: ["EXACT", "DAY_MONTH_SWAP", "ONE_DIGIT", "DIGITS_TRANSPOSED", "DIFFERENT", "MISSING"],
  SEX: ["EXACT", "DIFFERENT", "MISSING"],
  ADDRESS: ["EXACT", "SAME_ZIP", "DIFFERENT", "MISSING"],
  SSN: ["EXACT", "ONE_EDIT", "LAST_FOUR", "CONFLICT", "MISSING"],
  MEDICAID_ID: ["EXACT", "ONE_EDIT", "CONFLICT", "MISSING"],
  MEDICARE_MBI: ["EXACT", "ONE_EDIT", "DIFFERENT", "MISSING"],
} as const satisfies Record<MatchField, readonly Agreement[]>;
export type LevelOf<F extends MatchField> = (typeof levelsOf)[F][number];

/** One pair of records as comparison levels, one per field: what scoring weighs and EM training counts. */
export type ComparisonVector = Record<MatchField, Agreement>;

/** One field's comparison and the weight it added to the score: the reason a reviewer reads. */
export interface FieldComparison {
  field: MatchField;
  agreement: Agreement;
  weight: number;
}
