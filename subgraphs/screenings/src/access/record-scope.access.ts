import { countyKey } from "@pasrr/subgraph-kit/access/scope-rules";
import type { Principal } from "@pasrr/auth/principal";
import { authorityOfRole, type LevelTwoAuthority } from "../level-two-referral/level-two-referral.rules.ts";
import type { LevelTwoCategory } from "../outcome/outcome.rules.ts";

/**
 * Who sees what in screenings (domain README, "Who acts"; architecture.md, "Identity and
 * authority"). Plain functions over the principal and a record's scope fields.
 */

// Which roles reach which operation at all is the access matrix (matrix.access.ts); these are its scopes.

export interface Scope {
  facilityId: string | null;
  facilityCounty: string | null;
}

/** A hospital or NF acts for its own facilities; a PAA for facilities in its counties (OH guide). */
export function actsFor(principal: Principal, scope: Scope): boolean {
  switch (principal.role) {
    case "STATE_MEDICAID_AGENCY":
      return true;
    case "HOSPITAL":
    case "NURSING_FACILITY":
      return scope.facilityId !== null && principal.facilityIds.includes(scope.facilityId);
    case "PAA":
      return scope.facilityCounty !== null && principal.counties.some((county) => countyKey(county) === countyKey(scope.facilityCounty!));
    default:
      return false;
  }
}

/** A Level II authority reads the screens whose indications were routed to it. */
export function canReadScreen(principal: Principal, screen: Scope & { levelTwoCategory: LevelTwoCategory | null }): boolean {
  const authority = authorityOfRole(principal);
  if (authority)
    return (
      screen.levelTwoCategory === "DUAL" || (screen.levelTwoCategory === "MI" ? authority === "MH" : screen.levelTwoCategory === "DD" && authority === "DD")
    );
  return actsFor(principal, screen);
}

/** Each Level II authority sees only its own referrals; the others by their facility scope. */
export function canReadReferral(principal: Principal, referral: Scope & { authority: LevelTwoAuthority }): boolean {
  const authority = authorityOfRole(principal);
  return authority ? authority === referral.authority : actsFor(principal, referral);
}

/** The same rule as a Prisma-free filter description, for worklist queries. */
export type ReferralScopeFilter = { authority?: LevelTwoAuthority; facilityIds?: string[]; counties?: string[] } | "ALL" | "NONE";
export function referralScope(principal: Principal): ReferralScopeFilter {
  const authority = authorityOfRole(principal);
  if (authority) return { authority };
  if (principal.role === "STATE_MEDICAID_AGENCY") return "ALL";
  if (principal.role === "HOSPITAL" || principal.role === "NURSING_FACILITY") return { facilityIds: principal.facilityIds };
  if (principal.role === "PAA") return { counties: principal.counties };
  return "NONE";
}
