import type { Prisma, ResidentReview } from "../generated/prisma/client.ts";

type Db = Pick<Prisma.TransactionClient, "appliedCensusEvent" | "residentReview">;

/** Whether a census event was applied before, and the review its first application answered with. */
export async function appliedBefore(db: Db, censusEventId: string): Promise<{ review: ResidentReview | null } | null> {
  const applied = await db.appliedCensusEvent.findUnique({ where: { censusEventId } });
  if (!applied) return null;
  return { review: applied.residentReviewId ? await db.residentReview.findUnique({ where: { id: applied.residentReviewId } }) : null };
}

/**
 * Claims a census event for the transaction about to apply it: true when this is the first
 * application. The key decides, not a read before the write: a second delivery racing this one
 * waits at its insert until this transaction ends, then finds the event applied (or, if this one
 * rolled back, claims it itself). No error either way.
 */
export async function claimCensusEvent(tx: Db, censusEventId: string): Promise<boolean> {
  const { count } = await tx.appliedCensusEvent.createMany({ data: [{ censusEventId }], skipDuplicates: true });
  return count === 1;
}

/** What the first application answered with, for a repeat to answer the same. */
export async function rememberAnswer(tx: Db, censusEventId: string, review: ResidentReview | null): Promise<void> {
  if (review) await tx.appliedCensusEvent.update({ where: { censusEventId }, data: { residentReviewId: review.id } });
}
