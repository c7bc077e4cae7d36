import type { PlannedReferral } from "../level-two-referral/level-two-referral.rules.ts";

/**
 * MN bulletin 00-53-3, Level II form B.4: "A provisional admission is approved. … A diagnostic
 * assessment shall be completed within 7-9 working days and a final determination shall be made
 * at that time." A provisional determination is therefore followed by a referral for the final
 * one: the same authority, referred the day of the provisional determination and due the day
 * its approval ends (levelTwoOutcome sets that day from the pack).
 */
export function finalDeterminationReferral(
  provisional: { id: string; determinedOn: string; approvedThrough: string },
  referral: { authority: PlannedReferral["authority"] },
): PlannedReferral & { followsDeterminationId: string } {
  return {
    authority: referral.authority,
    referredOn: provisional.determinedOn,
    dueOn: provisional.approvedThrough,
    awaitsAuthority: null,
    followsDeterminationId: provisional.id,
  };
}

/**
 * The Level II records in force on `day` (determinations made by then; null: as the records stand), for the PASRR standing and
 * its compliance history: while a provisional admission runs, the referral for its final
 * determination is not a pending Level II (the admission is approved, MN form B.4); once the final
 * determination is made, it replaces the provisional one, whose end no longer limits the stay.
 */
export function provisionalInForce<
  R extends { id: string; followsDeterminationId: string | null },
  D extends { id: string; referralId: string; determinedOn: string },
>(referrals: R[], determinations: D[], day: string | null = null): { referrals: R[]; determinations: D[] } {
  const made = determinations.filter((d) => day === null || d.determinedOn <= day);
  const dropReferrals = new Set<string>();
  const dropDeterminations = new Set<string>();
  for (const followUp of referrals.filter((r) => r.followsDeterminationId !== null)) {
    const final = made.find((d) => d.referralId === followUp.id);
    const provisional = made.find((d) => d.id === followUp.followsDeterminationId);
    if (final && provisional) {
      dropDeterminations.add(provisional.id);
      dropReferrals.add(provisional.referralId);
    } else if (!final) {
      dropReferrals.add(followUp.id);
    }
  }
  return { referrals: referrals.filter((r) => !dropReferrals.has(r.id)), determinations: made.filter((d) => !dropDeterminations.has(d.id)) };
}
