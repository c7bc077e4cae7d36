import type { IdentifierLookupLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import type { Principal } from "@pasrr/auth/principal";
import type { Role } from "@pasrr/auth/roles";
import type { IdentifierType } from "../generated/prisma/enums.ts";

/**
 * Which identifier types each role may look people up by (red-team finding 1: a hospital looked up
 * 100,000 SSNs and got the name, birth date, address and Medicaid ID of every hit). A lookup by an
 * identifier answers "who is this?" for whoever holds the value, so a role is answered only for
 * the identifiers its own work hands it (domain README, "Who acts"). An SSN is the key to a
 * person's whole identity: only the roles that work identity (registration review, duplicates,
 * merges — the matrix's identity stewards) look people up by it.
 */
export const lookupIdentifierTypes: Record<Role, { types: readonly IdentifierType[]; why: string }> = {
  STATE_MEDICAID_AGENCY: {
    types: ["SSN", "MEDICAID_ID", "MEDICARE_MBI", "STATE_CLIENT_ID", "FACILITY_MRN", "OTHER"],
    why: 'oversight of everything (domain README, "Who acts"), and it works identity: duplicate reviews and merges',
  },
  PAA: {
    types: ["SSN", "MEDICAID_ID", "MEDICARE_MBI", "STATE_CLIENT_ID", "FACILITY_MRN", "OTHER"],
    why: "works identity for its region: reviews registrations and duplicates before Level I review and LOC (OH COA guide; CT: search first by the same identifier type)",
  },
  MH_AUTHORITY: {
    types: ["MEDICAID_ID", "MEDICARE_MBI", "STATE_CLIENT_ID"],
    why: "Level II for referrals assigned to it: the referral names the person; program numbers such as MN PMI (MN bulletin 00-53-3) and payer IDs, never an SSN search",
  },
  DD_AUTHORITY: {
    types: ["MEDICAID_ID", "MEDICARE_MBI", "STATE_CLIENT_ID"],
    why: "Level II for ID/DD referrals: as the MH authority",
  },
  MEDICAID_PAYMENT: {
    types: ["MEDICAID_ID"],
    why: 'reads LOC coverage by Medicaid ID; no clinical detail (domain README, "Payment"): a claim names the person by Medicaid ID only',
  },
  NURSING_FACILITY: {
    types: ["MEDICAID_ID", "MEDICARE_MBI", "FACILITY_MRN"],
    why: "census and Level I for its own residents: the payer IDs on the admission and its own record numbers (only its own facilities'); not an SSN search",
  },
  HOSPITAL: {
    types: ["MEDICAID_ID", "MEDICARE_MBI", "FACILITY_MRN"],
    why: "files Level I and exemptions for its patients: the payer IDs on the discharge and its own record numbers (only its own facilities'); not an SSN search",
  },
};

/** Roles that check people in batches (the payment system's claim batch, the state's oversight). */
const batchRoles: readonly Role[] = ["MEDICAID_PAYMENT", "STATE_MEDICAID_AGENCY"];

/** Why the principal may not look a person up by this identifier, or undefined when it may. */
export function lookupRefusal(principal: Principal, claim: { type: IdentifierType; issuer?: string | null }): string | undefined {
  if (!lookupIdentifierTypes[principal.role].types.includes(claim.type)) return `${principal.role} may not look people up by ${claim.type}`;
  if (claim.type === "FACILITY_MRN" && principal.facilityIds.length > 0) {
    const issuer = claim.issuer?.trim().toLowerCase() ?? "";
    if (!principal.facilityIds.map((id) => id.toLowerCase()).includes(issuer))
      return `${principal.role} may look people up by FACILITY_MRN of its own facilities only`;
  }
  return undefined;
}

/** The most different identifiers one request of this role may name. */
export const maxDistinctLookups = (role: Role, limits: IdentifierLookupLimits) => (batchRoles.includes(role) ? limits.maxDistinctBatch : limits.maxDistinct);
