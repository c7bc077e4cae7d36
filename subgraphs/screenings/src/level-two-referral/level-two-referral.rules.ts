import type { Principal } from "@pasrr/auth/principal";
import type { LevelTwoCategory } from "../outcome/outcome.rules.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";
import { dueAfter, holidaysOf } from "../policy/working-days.rules.ts";

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
  /** The authority whose referral of the same screen must be determined first; null when none. */
  awaitsAuthority: LevelTwoAuthority | null;
}

/** The day a Level II referred (or released to its authority) on `from` is due: the policy's time frame, working days skipping weekends and holidays. */
export const levelTwoDueOn = (from: string, policy: PasrrPolicy) => dueAfter(from, policy.levelTwoDue.value, holidaysOf(policy));

/**
 * The referrals a Level II outcome creates. A dual case goes to both authorities at once, unless
 * the state sequences it: IL IV.D.3, "The PAS/DD assessment must always be completed before mental
 * health PAS screens" — the MH referral then waits for the DD determination, and until that day is
 * known it is due one time frame after the DD referral's due day (when it would be due if the DD
 * authority took all its time); the DD determination sets its real due day (`releasedDueOn`).
 */
export function plannedReferrals(category: LevelTwoCategory, referredOn: string, policy: PasrrPolicy): PlannedReferral[] {
  const dueOn = levelTwoDueOn(referredOn, policy);
  if (category === "DUAL" && policy.dualReviewSequence.value === "DD_FIRST") {
    return [
      { authority: "DD", referredOn, dueOn, awaitsAuthority: null },
      { authority: "MH", referredOn, dueOn: levelTwoDueOn(dueOn, policy), awaitsAuthority: "DD" },
    ];
  }
  return authoritiesFor(category).map((authority) => ({ authority, referredOn, dueOn, awaitsAuthority: null }));
}

/** When the awaited authority determines on `determinedOn`, the waiting referral is due one time frame later (IL IV.D.3). */
export const releasedDueOn = (determinedOn: string, policy: PasrrPolicy) => levelTwoDueOn(determinedOn, policy);

/**
 * Why a sequenced referral may not be determined yet (a CONFLICT), or null: the referral it
 * awaits, of the same screen, is still open (IL IV.D.3).
 */
export function sequenceRefusal(
  referral: { awaitsAuthority: LevelTwoAuthority | null },
  sameScreen: { authority: LevelTwoAuthority; status: ReferralStatus }[],
): string | null {
  if (referral.awaitsAuthority === null) return null;
  const awaited = sameScreen.find((other) => other.authority === referral.awaitsAuthority);
  if (awaited?.status !== "OPEN") return null;
  return `this dual case is sequenced: the ${referral.awaitsAuthority} assessment must be completed first (IL manual IV.D.3) [DUAL_REVIEW_SEQUENCE]`;
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
