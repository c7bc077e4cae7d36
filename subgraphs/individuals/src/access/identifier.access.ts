import { accessOf, maskOf, maskSsn } from "@pasrr/subgraph-kit/access/access-matrix";
import type { Principal } from "@pasrr/auth/principal";
import { individualsAccess } from "./matrix.access.ts";

/**
 * Who may do what with the person index (issue 3, "Authority"; domain README, "Who acts").
 * Looking a person up by an identifier the partner already holds is open to every
 * authenticated partner (the payment system's batch check); the rest is narrower. Which role
 * reaches which operation is the access matrix (matrix.access.ts); these rules apply its scopes.
 */

/** An SSN as the caller may see it: in full, or masked as the access matrix's `Identifier.value` row says. */
export function ssnAsSeenBy(principal: Principal, digits: string): string {
  return maskOf(accessOf(individualsAccess, "Identifier.value", principal.role)) === "SSN_LAST_FOUR" ? maskSsn(digits) : digits;
}

/** A facility or hospital may attach record numbers only of the facilities its token names. */
export function mayAttachFacilityRecordNumber(principal: Principal, facilityId: string): boolean {
  return !principal.facilityIds.length || principal.facilityIds.map((id) => id.toLowerCase()).includes(facilityId);
}
