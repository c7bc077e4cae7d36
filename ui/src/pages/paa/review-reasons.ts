/**
 * Why a Resident Review is due, in words a reviewer reads (the ResidentReviewReason values of the
 * supergraph, whose descriptions cite the seed documents).
 */
export const reviewReasonWords: Record<string, string> = {
  HOSPITAL_EXEMPTION_EXPIRING: "Hospital exemption expires (day 30)",
  TIME_LIMITED_APPROVAL_EXPIRING: "Time-limited categorical expires",
  SIGNIFICANT_CHANGE: "Significant change in condition",
  NF_TRANSFER_NO_PASRR_RECORDS: "Transfer between NFs without PASRR records",
  PAS_NOT_USED_WITHIN_VALIDITY: "Admitted after the PAS's validity ran out",
  PAS_ALREADY_USED: "Re-admitted on a PAS already used",
  ADMITTED_WITHOUT_PASRR: "Admitted with no PASRR on file",
  LEVEL_II_APPROVAL_EXPIRING: "Time-limited Level II approval ends",
  RETURNED_FROM_PSYCHIATRIC_HOSPITAL: "Back from a psychiatric hospital",
  LEVEL_I_AFTER_ADMISSION: "Level I dated after admission",
  LEVEL_II_OPEN_AT_ADMISSION: "Admitted while the Level II was open",
  INITIAL_ADMISSION_REVIEW: "Initial review of a new admission (days 30–60)",
};

/**
 * The reasons that are compliance findings, each as the finding a PAA records (the supergraph's
 * ResidentReviewReason descriptions, which cite the seeds; screenings' resident-review.rules.ts (complianceFindingReasons)
 * lists the same three). Each row also shows the source the hub recorded with the review.
 */
export const findingWords: Record<string, string> = {
  ADMITTED_WITHOUT_PASRR: "No PAS before admission: admitted with no Level I, exemption or categorical on file",
  LEVEL_I_AFTER_ADMISSION: "Level I dated after the admission: it must be completed before it",
  LEVEL_II_OPEN_AT_ADMISSION: "Admitted while the Level II evaluation was still open",
};

export const words = (value: string | null | undefined, table: Record<string, string>): string =>
  value ? (table[value] ?? value.replace(/_/g, " ").toLowerCase()) : "—";
