import type { ResidentReviewReason } from "../generated/prisma/enums.ts";

/**
 * The Resident Review reasons that are compliance findings: a pre-admission step the admission
 * shows was not done before it, recorded whether the review is still open or done (late).
 * - ADMITTED_WITHOUT_PASRR: OH guide, "What should a NF do if there was no Pre-Admission
 *   screening?" (OAC 5160-3-15.1(B)(7)); CO 8.401.183 A; MN bulletin 00-53-3.
 * - LEVEL_I_AFTER_ADMISSION: MN bulletin 00-53-3, "A Level I screening must be completed prior to
 *   admission for all referrals".
 * - LEVEL_II_OPEN_AT_ADMISSION: CO 8.401.183 C (people not on Medicaid); IL V.B.1, MN and OH: everyone.
 */
export const complianceFindingReasons: readonly ResidentReviewReason[] = ["ADMITTED_WITHOUT_PASRR", "LEVEL_I_AFTER_ADMISSION", "LEVEL_II_OPEN_AT_ADMISSION"];
