import { assertVersion, atVersion, badUserInput, conflict, expectedVersionOf, fromDbDate, nextVersion, outOfReach, toDbDate } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { assignedTo, determinationConflict } from "../level-two-referral/level-two-referral.rules.ts";
import { appealDeadline, noticeRecipients } from "../notice/notice.rules.ts";
import { applyDeterminationToClocks, currentNursingFacility } from "../resident-review/determination-clocks.ts";
import { parseInput } from "../validation.ts";
import type { RecordLevelTwoDeterminationInput } from "./level-two-determination.input.ts";
import { determinationSchema } from "./level-two-determination.validation.ts";

const optionalDate = (date: string | null) => (date ? toDbDate(date) : null);

/**
 * Records an authority's Level II determination, closes the referral and issues the notices,
 * all in one transaction. The referral is closed with a conditional update, so two concurrent
 * determinations of one referral cannot both succeed (the second is a CONFLICT).
 */
export async function recordLevelTwoDetermination(input: RecordLevelTwoDeterminationInput, ctx: Context) {
  const determination = parseInput(determinationSchema(ctx.clock.today()), input);
  const expected = expectedVersionOf(input.expectedVersion);
  const referral = await ctx.db.levelTwoReferral.findUnique({ where: { id: determination.referralId }, include: { screen: true } });
  // A referral assigned to the other authority is not this caller's to see: answered as missing.
  if (!referral || !assignedTo(ctx.principal, referral)) throw outOfReach(`Level II referral ${determination.referralId}`);
  const refusal = determinationConflict(ctx.principal, referral);
  if (!refusal) assertVersion(`Level II referral ${referral.id}`, expected, referral.version);
  if (refusal) throw conflict(refusal, { referralId: referral.id, status: referral.status });
  if (referral.authority === "DD" && determination.seriousMentalIllnessPrimary !== null) {
    throw badUserInput("input.seriousMentalIllnessPrimary", "applies only to mental-health referrals");
  }
  if (determination.determinedOn < fromDbDate(referral.referredOn)) {
    throw badUserInput("input.determinedOn", "may not precede the referral");
  }
  const notices = noticeRecipients(referral.screen, determination);
  const deadline = toDbDate(appealDeadline(determination.determinedOn, ctx.loaders.policy));
  // Asked of the census before the transaction opens: where a time-limited approval's review is due.
  const residentAt = determination.approvedThrough ? await currentNursingFacility(ctx, referral.individualId) : null;
  return ctx.db.$transaction(async (tx) => {
    const closed = await tx.levelTwoReferral.updateMany({ where: { id: referral.id, status: "OPEN", ...atVersion(expected) }, data: { status: "DETERMINED", ...nextVersion } });
    if (closed.count !== 1) {
      const now = await tx.levelTwoReferral.findUniqueOrThrow({ where: { id: referral.id } });
      assertVersion(`Level II referral ${referral.id}`, expected, now.version);
      throw conflict("this referral has already been determined", { referralId: referral.id, currentVersion: now.version });
    }
    const created = await tx.levelTwoDetermination.create({
      data: {
        referralId: referral.id,
        individualId: referral.individualId,
        conditionConfirmed: determination.conditionConfirmed,
        seriousMentalIllnessPrimary: determination.seriousMentalIllnessPrimary,
        needsNursingFacilityServices: determination.needsNursingFacilityServices,
        needsSpecializedServices: determination.needsSpecializedServices,
        recommendedServices: determination.recommendedServices,
        approvalPeriod: determination.approvalPeriod,
        approvedThrough: optionalDate(determination.approvedThrough),
        evaluatorName: determination.evaluatorName,
        evaluatedOn: toDbDate(determination.evaluatedOn),
        determinedOn: toDbDate(determination.determinedOn),
        determinedByOrganisationId: ctx.principal.organisationId,
      },
    });
    await tx.pasrrNotice.createMany({
      data: notices.map((notice) => ({
        determinationId: created.id,
        individualId: referral.individualId,
        recipient: notice.recipient,
        recipientFacilityId: notice.recipientFacilityId,
        issuedOn: toDbDate(determination.determinedOn),
        appealDeadline: deadline,
      })),
    });
    const recorded = { individualId: referral.individualId, screenId: referral.screenId, determinedOn: determination.determinedOn, approvedThrough: determination.approvedThrough, residentAt };
    await applyDeterminationToClocks(tx, recorded, ctx.loaders.policy);
    return created;
  });
}
