import type { Outcome } from "../outcome/outcome.rules.ts";
import type { LevelTwoAuthority, ReferralStatus } from "../level-two-referral/level-two-referral.rules.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";
import { renewalDue } from "../resident-review/approval-expiry.rules.ts";

const oh = "oh-coa-pre-admission-review.txt";

export interface ScreenRecord {
  id: string;
  screenedOn: string;
  submittedAt: Date;
  outcome: Outcome;
  validThrough: string | null;
  /** The PAA returned the screen incomplete and has not confirmed it since. */
  returnedIncomplete?: boolean;
  /** Set on confirmation: the day a complete and accurate screen reached the PAA. */
  receivedCompleteOn?: string | null;
  /** A requested categorical: the day its authority's decision is due. */
  categoricalDueOn?: string | null;
  /** A granted categorical: the day the (last) authority granted it, when PASRR is met. */
  categoricalDecidedOn?: string | null;
}
export interface ReferralRecord {
  id: string;
  screenId: string;
  authority: LevelTwoAuthority;
  status: ReferralStatus;
  dueOn: string;
}
export interface DeterminationRecord {
  referralId: string;
  determinedOn: string;
  needsNursingFacilityServices: boolean;
  approvedThrough: string | null;
  /** The state agency overturned this (adverse) determination on appeal (CO 8.401.202 E). */
  overturned: boolean;
}

export interface PasrrStanding {
  screenId: string | null;
  outcome: Outcome | null;
  requirementsMetOn: string | null;
  nursingFacilityAdmissionAllowed: boolean;
  validThrough: string | null;
  pendingReferralIds: string[];
  nextAction: { action: string; dueOn: string | null; source: string } | null;
}

const none: PasrrStanding = {
  screenId: null,
  outcome: null,
  requirementsMetOn: null,
  nursingFacilityAdmissionAllowed: false,
  validThrough: null,
  pendingReferralIds: [],
  nextAction: null,
};

/** The newest screen decides the standing: screened last, then reached the hub last. */
export const latestScreen = <S extends ScreenRecord>(screens: S[]): S | undefined =>
  [...screens].sort((a, b) => b.screenedOn.localeCompare(a.screenedOn) || b.submittedAt.getTime() - a.submittedAt.getTime())[0];

const earliest = (dates: (string | null)[]): string | null => dates.filter((d): d is string => d !== null).sort()[0] ?? null;

/**
 * A person's PASRR standing from their records. Without a Further Review the requirements are
 * met on the screen's date (OH guide, PAS effective date); with one, on the date of the
 * determination, and with a dual review on the date the second authority decided (OH guide).
 * A time-limited Level II approval's next action is the subsequent screen, due the pack's lead
 * time before the approval ends (CT newsletters: "no later than 7-10 days prior to the current
 * approval expiring"), as the NF's worklist has it (renewalDue); without a pack, on its last day.
 */
// eslint-disable-next-line max-lines-per-function -- one decision table, read top to bottom in the order the sources give it.
export function pasrrStanding(
  screens: ScreenRecord[],
  referrals: ReferralRecord[],
  determinations: DeterminationRecord[],
  policy?: Pick<PasrrPolicy, "levelTwoRenewalLeadDays">,
): PasrrStanding {
  const screen = latestScreen(screens);
  if (!screen) return none;
  // OH guide, "How is the effective date of the PAS determined?": "the day the submitter sends a
  // 'complete' and 'accurate' PASRR screen" — not met while the PAA holds it returned incomplete.
  if (screen.returnedIncomplete) {
    return {
      ...none,
      screenId: screen.id,
      outcome: screen.outcome,
      nextAction: { action: "COMPLETE_LEVEL_I", dueOn: null, source: `${oh}: the PAS takes effect when a complete and accurate screen reaches the PAA` },
    };
  }
  // A categorical is an abbreviated Level II determination (MN bulletin, Level II instructions #3): until its
  // authority grants it the requirements are not met, and the decision is the Level II determination due.
  if (screen.outcome === "CATEGORICAL_REQUESTED") {
    return {
      ...none,
      screenId: screen.id,
      outcome: screen.outcome,
      nextAction: {
        action: "LEVEL_II_DETERMINATION",
        dueOn: screen.categoricalDueOn ?? null,
        source: "policy categoricals.decisionDue: the categorical's deciding authority",
      },
    };
  }
  if (screen.outcome !== "LEVEL_II_REQUIRED") {
    // A granted categorical meets the requirements on the day it was granted, not the day it was asked for;
    // a screen returned incomplete, on the day it was received complete.
    const metOn = screen.outcome === "CATEGORICAL" ? (screen.categoricalDecidedOn ?? screen.screenedOn) : (screen.receivedCompleteOn ?? screen.screenedOn);
    return {
      ...none,
      screenId: screen.id,
      outcome: screen.outcome,
      requirementsMetOn: metOn,
      nursingFacilityAdmissionAllowed: true,
      validThrough: screen.validThrough,
      nextAction: screen.validThrough
        ? { action: "RESIDENT_REVIEW", dueOn: screen.validThrough, source: `${oh}: a time-limited approval expires and a Resident Review is due` }
        : null,
    };
  }
  const own = referrals.filter((referral) => referral.screenId === screen.id);
  const pending = own.filter((referral) => referral.status === "OPEN");
  const decided = determinations.filter((d) => own.some((referral) => referral.id === d.referralId));
  if (pending.length > 0 || decided.length === 0) {
    const dueOn = earliest(pending.map((referral) => referral.dueOn));
    return {
      ...none,
      screenId: screen.id,
      outcome: screen.outcome,
      pendingReferralIds: pending.map((r) => r.id),
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn, source: "policy levelTwoDue" },
    };
  }
  const requirementsMetOn = decided
    .map((d) => d.determinedOn)
    .sort()
    .at(-1)!;
  const validThrough = earliest(decided.map((d) => d.approvedThrough));
  return {
    ...none,
    screenId: screen.id,
    outcome: screen.outcome,
    requirementsMetOn,
    nursingFacilityAdmissionAllowed: decided.every((d) => d.needsNursingFacilityServices || d.overturned),
    validThrough,
    nextAction: !validThrough
      ? null
      : policy?.levelTwoRenewalLeadDays.value
        ? { action: "RESIDENT_REVIEW", ...renewalDue(validThrough, requirementsMetOn, policy) }
        : { action: "RESIDENT_REVIEW", dueOn: validThrough, source: `${oh}: a time-limited Level II approval expires and a Resident Review is due` },
  };
}
