import type { Principal } from "@pasrr/platform";
import type { LevelTwoCategory } from "../outcome/outcome.rules.ts";
import type { PasrrPolicy } from "../policy/policy.types.ts";
import { dueAfter, holidaysOf } from "../policy/working-days.ts";

export type LevelTwoAuthority = "MH" | "DD";

/**
 * Who evaluates: the mental-health authority for SMI, the DD authority for ID/DD, both for a
 * dual case (domain README, step 3; OH guide: Further Review through OMHAS and/or DODD).
 */
export function authoritiesFor(category: LevelTwoCategory): LevelTwoAuthority[] {
  return category === "DUAL" ? ["MH", "DD"] : category === "MI" ? ["MH"] : ["DD"];
}

export interface PlannedReferral {
  authority: LevelTwoAuthority;
  referredOn: string;
  dueOn: string;
}

/** The referrals a Level II outcome creates, each due by the policy's time frame (working days skip weekends and the state's holidays). */
export function plannedReferrals(category: LevelTwoCategory, referredOn: string, policy: PasrrPolicy): PlannedReferral[] {
  const dueOn = dueAfter(referredOn, policy.levelTwoDue.value, holidaysOf(policy));
  return authoritiesFor(category).map((authority) => ({ authority, referredOn, dueOn }));
}

/** The authority a Level II role acts as, if any. */
export const authorityOfRole = (principal: Principal): LevelTwoAuthority | null =>
  principal.role === "MH_AUTHORITY" ? "MH" : principal.role === "DD_AUTHORITY" ? "DD" : null;

export type ReferralStatus = "OPEN" | "DETERMINED";

/**
 * Why this principal may not determine this referral, or null when it may. Determining someone
 * else's referral, or one already determined, is an invalid transition (a CONFLICT).
 */
/** Whether the referral is the caller's authority's (the only ones it may determine or even learn of). */
export const assignedTo = (principal: Principal, referral: { authority: LevelTwoAuthority }) => authorityOfRole(principal) === referral.authority;

export function determinationConflict(principal: Principal, referral: { authority: LevelTwoAuthority; status: ReferralStatus }): string | null {
  const acting = authorityOfRole(principal);
  if (acting !== referral.authority) {
    return `this referral is assigned to the ${referral.authority} authority`;
  }
  if (referral.status !== "OPEN") return "this referral has already been determined";
  return null;
}
