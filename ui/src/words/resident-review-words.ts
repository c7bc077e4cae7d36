import type { ResidentReviewReason } from "../gql/graphql.ts";

/**
 * Why a Resident Review is due, in words a reviewer or a coordinator reads: one table for every
 * page (the ResidentReviewReason values of the supergraph, whose descriptions cite the seeds).
 * Typed by the schema's enum, so a new reason fails the build until it has words.
 */
export const reviewReasonWords: Record<ResidentReviewReason, string> = {
  HOSPITAL_EXEMPTION_EXPIRING: "Hospital exemption expires (day 30)",
  TIME_LIMITED_APPROVAL_EXPIRING: "Time-limited categorical expires",
  SIGNIFICANT_CHANGE: "Significant change in condition",
  NF_TRANSFER_NO_PASRR_RECORDS: "Transferred from another NF without PASRR records",
  PAS_NOT_USED_WITHIN_VALIDITY: "Admitted after the PAS's validity ran out",
  PAS_ALREADY_USED: "Readmitted on a PAS an earlier admission used",
  ADMITTED_WITHOUT_PASRR: "Admitted with no PAS (no Level I, exemption or categorical)",
  LEVEL_II_APPROVAL_EXPIRING: "Time-limited Level II approval ends",
  RETURNED_FROM_PSYCHIATRIC_HOSPITAL: "Back from a psychiatric hospital without a Level II",
  LEVEL_I_AFTER_ADMISSION: "Level I dated after the admission",
  LEVEL_II_OPEN_AT_ADMISSION: "Admitted while the Level II was still open",
  INITIAL_ADMISSION_REVIEW: "Initial review after a new admission (day 30–60)",
};

/**
 * The reasons that are compliance findings, each as the finding a PAA records (the supergraph's
 * ResidentReviewReason descriptions, which cite the seeds; screenings' resident-review.rules.ts (complianceFindingReasons)
 * lists the same three). Each row also shows the source the hub recorded with the review.
 */
export const findingWords: Partial<Record<ResidentReviewReason, string>> = {
  ADMITTED_WITHOUT_PASRR: "No PAS before admission: admitted with no Level I, exemption or categorical on file",
  LEVEL_I_AFTER_ADMISSION: "Level I dated after the admission: it must be completed before it",
  LEVEL_II_OPEN_AT_ADMISSION: "Admitted while the Level II evaluation was still open",
};

/**
 * The source that makes each compliance finding one (the graph's ResidentReviewReason
 * descriptions; screenings' complianceFindingReasons lists them), cited beside the hub's own text.
 */
export const findingSources: Partial<Record<ResidentReviewReason, string>> = {
  // OH guide, "What should a NF do if there was no Pre-Admission screening?"; OAC 5160-3-15.1(B)(7); CO 8.401.183 A; MN bulletin 00-53-3.
  ADMITTED_WITHOUT_PASRR: "OH COA guide (no pre-admission screening), OAC 5160-3-15.1(B)(7); CO 10 CCR 2505-10 8.401.183 A; MN bulletin 00-53-3",
  // MN bulletin 00-53-3: the Level I is completed prior to admission for all referrals.
  LEVEL_I_AFTER_ADMISSION: "MN bulletin 00-53-3: Level I completed prior to admission",
  // CO 8.401.183 C (people not on Medicaid; elsewhere everyone): no admission while the Level II is open.
  LEVEL_II_OPEN_AT_ADMISSION: "CO 10 CCR 2505-10 8.401.183 C: Level II determined before admission",
};

/** A code in words from a table, or the code itself made readable when the table lacks it. */
export const words = (value: string | null | undefined, table: Partial<Record<string, string>>): string =>
  value ? (table[value] ?? value.replace(/_/g, " ").toLowerCase()) : "—";
