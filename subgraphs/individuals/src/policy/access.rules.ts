import type { Principal, Role } from "@pasrr/platform";

/**
 * Who may do what with the person index (issue 3, "Authority"; domain README, "Who acts").
 * Looking a person up by an identifier the partner already holds is open to every
 * authenticated partner (the payment system's batch check); the rest is narrower.
 */

/** Those who file screenings or decide on them register people (and attach their own identifiers). */
export const registrars: Role[] = ["STATE_MEDICAID_AGENCY", "PAA", "HOSPITAL", "NURSING_FACILITY"];

/** Search by name and birth date, duplicate reviews, merges, unmerges and history: the PAA and the state. */
export const identityStewards: Role[] = ["STATE_MEDICAID_AGENCY", "PAA"];

/** Full SSNs only for the roles that work identity and eligibility; everyone else sees the last four. */
export const fullSsnReaders: Role[] = ["STATE_MEDICAID_AGENCY", "PAA"];

export const maySeeFullSsn = (principal: Principal) => fullSsnReaders.includes(principal.role);

/** `123456789` → `***-**-6789`: what a role without need sees of an SSN. */
export const maskedSsn = (digits: string) => `***-**-${digits.slice(-4)}`;

/** A facility or hospital may attach record numbers only of the facilities its token names. */
export function mayAttachFacilityRecordNumber(principal: Principal, facilityId: string): boolean {
  return !principal.facilityIds.length || principal.facilityIds.map((id) => id.toLowerCase()).includes(facilityId);
}
