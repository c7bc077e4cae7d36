import { scopeRule, type ScopeRule } from "@pasrr/subgraph-kit/access/scope-rules";
import type { Context } from "../context.ts";
import type { PasrrNotice } from "../generated/prisma/client.ts";
import { authorityOfRole } from "../level-two-referral/level-two-referral.rules.ts";
import { coversFacility } from "./facility-scope.access.ts";

type NoticeScope = Pick<PasrrNotice, "recipientFacilityId" | "facilityCounty" | "authority">;

/**
 * Who reads a Level II notice (issue 17; notices carry PHI). A facility reads only the notices
 * addressed to it (the admitting NF's to that NF, the discharging hospital's to that hospital), as
 * the registry holds the facility with the token's type; a PAA those of determinations on screens
 * in its counties; an authority those of its own referrals; the state all. The person's, the
 * representative's and the attending physician's notices name no facility, so no facility reads them.
 */
export async function mayReadNotice(ctx: Context, notice: NoticeScope): Promise<boolean> {
  const authority = authorityOfRole(ctx.principal);
  if (authority) return authority === notice.authority;
  return coversFacility(ctx, { facilityId: notice.recipientFacilityId, facilityCounty: notice.facilityCounty });
}

export const levelTwoNoticeRule = scopeRule<NoticeScope, Context>(
  "the notice's addressee: a facility reads what is addressed to its registered facility, a PAA by the county of the screen's facility, an authority by its referral",
  (notice, ctx) => mayReadNotice(ctx, notice),
);

/** A Level I notice tells the screen's findings: scoped as its screen is (the filer sends it, CO 8.401.193 A). */
export const levelOneNoticeRule = (screenRule: ScopeRule<Context>) =>
  scopeRule<{ screenId: string }, Context>(`its screen: ${screenRule.decidedFrom}`, async (notice, ctx) => {
    const screen = await ctx.loaders.levelOneScreen.load(notice.screenId);
    return screen !== null && (await screenRule.covers(screen as never, ctx));
  });
