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

/** How well one field agrees between two records. */
export const agreements = [
  "EXACT",
  "NICKNAME",
  "SIMILAR",
  "PART",
  "INITIAL",
  "TRANSPOSED",
  "TYPO",
  "SAME_ZIP",
  "LAST_FOUR",
  "DIFFERENT",
  "CONFLICT",
  "MISSING",
] as const;
export type Agreement = (typeof agreements)[number];

/** One field's comparison and the weight it added to the score: the reason a reviewer reads. */
export interface FieldComparison {
  field: MatchField;
  agreement: Agreement;
  weight: number;
}
