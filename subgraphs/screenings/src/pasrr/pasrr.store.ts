import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { Appeal, LevelOneScreen, LevelTwoDetermination, LevelTwoReferral } from "../generated/prisma/client.ts";
import { pasrrStanding, type ScreenRecord } from "./pasrr.rules.ts";
import { provisionalInForce } from "../level-two-determination/provisional.rules.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";

const date = (value: Date | null) => (value ? fromDbDate(value) : null);

export const screenRecord = (s: LevelOneScreen): ScreenRecord & Pick<LevelOneScreen, "categoricalType"> => ({
  id: s.id,
  screenedOn: fromDbDate(s.screenedOn),
  submittedAt: s.submittedAt,
  outcome: s.outcome,
  validThrough: date(s.validThrough),
  categoricalType: s.categoricalType,
  returnedIncomplete: s.reviewStatus === "RETURNED_INCOMPLETE",
  receivedCompleteOn: date(s.receivedCompleteOn),
  categoricalDueOn: date(s.categoricalDueOn),
  categoricalDecidedOn: date(s.categoricalDecidedOn),
});

/** The PASRR standing from stored rows under the pack: maps them to the plain records pasrr.rules.ts reads. */
export function standingFromRows(
  screens: LevelOneScreen[],
  referrals: LevelTwoReferral[],
  determinations: LevelTwoDetermination[],
  appeals: Appeal[],
  policy: PasrrPolicy,
) {
  const overturned = new Set(appeals.filter((a) => a.status === "OVERTURNED").map((a) => a.determinationId));
  // A provisional admission is approved while its final determination is pending, and the final one replaces it (MN form B.4).
  const inForce = provisionalInForce(
    referrals.map((r) => ({
      id: r.id,
      screenId: r.screenId,
      authority: r.authority,
      status: r.status,
      dueOn: fromDbDate(r.dueOn),
      followsDeterminationId: r.followsDeterminationId,
    })),
    determinations.map((d) => ({
      id: d.id,
      referralId: d.referralId,
      determinedOn: fromDbDate(d.determinedOn),
      needsNursingFacilityServices: d.needsNursingFacilityServices,
      approvedThrough: date(d.approvedThrough),
      overturned: overturned.has(d.id),
    })),
  );
  return pasrrStanding(screens.map(screenRecord), inForce.referrals, inForce.determinations, policy);
}
