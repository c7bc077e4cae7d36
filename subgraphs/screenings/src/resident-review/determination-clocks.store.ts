import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";
import { renewalDue } from "./approval-expiry.rules.ts";
import { nursingFacilityStays, personStays } from "./person-stays.store.ts";
import { earlierDueOn } from "./resident-review.rules.ts";

/** The NF the person lives in now, as the census says; null when they are in none. Asked before any transaction opens. */
export async function currentNursingFacility(ctx: Context, individualId: string): Promise<{ facilityId: string; facilityCounty: string } | null> {
  const stay = nursingFacilityStays(await personStays(ctx, [individualId])).find((s) => s.dischargedOn === null);
  return stay ? { facilityId: stay.facilityId, facilityCounty: stay.facilityCounty } : null;
}

export interface RecordedDetermination {
  individualId: string;
  screenId: string;
  determinedOn: string;
  approvedThrough: string | null;
  /** Where the person lives now (currentNursingFacility); null when not in a NF. */
  residentAt: { facilityId: string; facilityCounty: string } | null;
}

/**
 * What a Level II determination does to the Resident Review clocks, in the determination's
 * transaction:
 * - a time-limited approval for someone already in a NF puts the subsequent screen on that NF's
 *   worklist now, due the state's lead time before the approval ends (CT newsletters: "no later
 *   than 7-10 days prior to the current approval expiring"); one already open for the person there
 *   only comes forward (a dual review's earlier end). Someone not yet admitted gets the clock at
 *   admission (reviewDueFor).
 * - once the screen's last referral is determined, the Level II is no longer open: a finding that
 *   it was open at admission (CO 8.401.183 C) is done on the determination's date.
 */
export async function applyDeterminationToClocks(tx: Prisma.TransactionClient, recorded: RecordedDetermination, policy: PasrrPolicy): Promise<void> {
  const { individualId, determinedOn, approvedThrough, residentAt } = recorded;
  if (approvedThrough && residentAt) {
    const due = renewalDue(approvedThrough, determinedOn, policy);
    const where = { individualId, facilityId: residentAt.facilityId, reason: "LEVEL_II_APPROVAL_EXPIRING" as const, completedOn: null, endedOn: null };
    const open = await tx.residentReview.findFirst({ where });
    if (!open) {
      await tx.residentReview.create({
        data: { ...where, facilityCounty: residentAt.facilityCounty, triggeredOn: toDbDate(determinedOn), dueOn: toDbDate(due.dueOn), source: due.source },
      });
    } else {
      const earlier = earlierDueOn(fromDbDate(open.dueOn), due.dueOn);
      if (earlier) await tx.residentReview.update({ where: { id: open.id }, data: { dueOn: toDbDate(earlier), source: due.source } });
    }
  }
  const stillOpen = await tx.levelTwoReferral.count({ where: { screenId: recorded.screenId, status: "OPEN" } });
  if (stillOpen === 0) {
    await tx.residentReview.updateMany({
      where: { individualId, reason: "LEVEL_II_OPEN_AT_ADMISSION", completedOn: null, endedOn: null },
      data: { completedOn: toDbDate(determinedOn) },
    });
  }
}
