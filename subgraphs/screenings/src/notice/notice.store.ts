import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Prisma } from "../generated/prisma/client.ts";
import type { LevelTwoAuthority, PlannedReferral } from "../level-two-referral/level-two-referral.rules.ts";
import type { Outcome } from "../outcome/outcome.rules.ts";
import { levelOneNoticesFor } from "./level-one-notice.rules.ts";
import type { PlannedNotice } from "./notice.rules.ts";

/** Writes a determination's notices, in the transaction that records it: a determination is never without its notices. */
export async function issueDeterminationNotices(
  tx: Pick<Prisma.TransactionClient, "pasrrNotice">,
  determination: { id: string; individualId: string; determinedOn: string },
  scope: { authority: LevelTwoAuthority; facilityCounty: string | null },
  notices: PlannedNotice[],
): Promise<void> {
  await tx.pasrrNotice.createMany({
    data: notices.map(({ recipient, recipientFacilityId, copy, content }) => ({
      determinationId: determination.id,
      individualId: determination.individualId,
      recipient,
      recipientFacilityId,
      issuedOn: toDbDate(determination.determinedOn),
      appealDeadline: toDbDate(content.appealDeadline),
      outcome: content.outcome,
      copy,
      reasons: content.reasons,
      services: content.services,
      approvedThrough: content.approvedThrough ? toDbDate(content.approvedThrough) : null,
      appealRights: content.appealRights,
      authority: scope.authority,
      facilityCounty: scope.facilityCounty,
    })),
  });
}

/**
 * The notice of Level I findings that refer the person to a Level II (CO 8.401.193 A–B), written
 * in the transaction that stores the screen and its referrals (level-one-screen/submit-screen.action.ts).
 */
export async function issueLevelOneNotices(
  tx: Pick<Prisma.TransactionClient, "levelOneNotice">,
  screen: { id: string; individualId: string; outcome: Outcome; outcomeExplanation: string },
  referrals: PlannedReferral[],
  hasRepresentative: boolean,
): Promise<void> {
  const notices = levelOneNoticesFor({ outcome: screen.outcome, explanation: screen.outcomeExplanation }, referrals, hasRepresentative);
  if (notices.length === 0) return;
  await tx.levelOneNotice.createMany({
    data: notices.map((notice) => ({
      screenId: screen.id,
      individualId: screen.individualId,
      recipient: notice.recipient,
      issuedOn: toDbDate(notice.issuedOn),
      findings: notice.findings,
      referredTo: notice.referredTo,
      levelTwoDueOn: toDbDate(notice.levelTwoDueOn),
      appealRights: notice.appealRights,
    })),
  });
}
