import type { Principal } from "@pasrr/auth/principal";

/**
 * Who reads what in levelofcare (levelofcare issue, item 7; domain README, "Who acts"): a PAA
 * for its counties, a nursing facility (or hospital) for its own facilities, the state all; the
 * payment system reads coverage only, nothing clinical. Plain functions over the principal.
 */

/** The rows a principal may read, as a filter the query applies: out-of-scope rows are never loaded. */
export type ReadScope = "ALL" | "NONE" | { counties: string[] } | { facilityIds: string[] };

/**
 * The state reads everything, and so does the payment system, for coverage only (the fields it
 * may use are limited by the access matrix, matrix.access.ts). A PAA reads what was decided in its counties (the
 * county on the row: where the person lives); a facility what names one of its facilities.
 */
export function readScope(principal: Principal): ReadScope {
  switch (principal.role) {
    case "STATE_MEDICAID_AGENCY":
    case "MEDICAID_PAYMENT":
      return "ALL";
    case "PAA":
      return { counties: principal.counties.map((county) => county.trim()) };
    case "NURSING_FACILITY":
    case "HOSPITAL":
      return { facilityIds: principal.facilityIds.map((id) => id.toLowerCase()) };
    default:
      return "NONE";
  }
}
