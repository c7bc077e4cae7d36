import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { PlannedReferral } from "./level-two-referral.rules.ts";

/**
 * The rows of the referrals a screen opens (a Level I that needs a Level II, or a categorical its
 * authority denied): the screen's facility is copied onto each, so worklists filter without a join.
 */
export const referralRows = (planned: readonly PlannedReferral[], screen: { individualId: string; facilityId: string | null; facilityCounty: string | null }) =>
  planned.map((referral) => ({
    individualId: screen.individualId,
    authority: referral.authority,
    awaitsAuthority: referral.awaitsAuthority,
    referredOn: toDbDate(referral.referredOn),
    dueOn: toDbDate(referral.dueOn),
    facilityId: screen.facilityId,
    facilityCounty: screen.facilityCounty,
  }));
