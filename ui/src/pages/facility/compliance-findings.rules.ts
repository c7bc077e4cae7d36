import type { ResidentReviewReason } from "../../gql/graphql.ts";

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
