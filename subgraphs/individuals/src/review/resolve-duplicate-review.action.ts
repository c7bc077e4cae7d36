import { assertVersion, nextVersion } from "@pasrr/graphql-kit/versioning";
import { badUserInput, conflict, notFound } from "@pasrr/graphql-kit/errors";
import type { IndividualsDb } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { recordChange, type Actor } from "../history/identity-event.store.ts";
import { mergeInto } from "../merge/merge-individuals.action.ts";
import { orderedPair } from "./distinct-pairs.rules.ts";

export type ReviewDecision = { outcome: "SAME_PERSON"; candidateId: string; reason: string } | { outcome: "NOT_SAME_PERSON"; reason: string };

/** Where a record is now: itself, or the survivor it was merged into since the review opened. */
async function currentId(tx: Prisma.TransactionClient, id: string): Promise<string> {
  const row = await tx.individual.findUnique({ where: { id }, select: { mergedIntoId: true } });
  return row?.mergedIntoId ?? id;
}

/**
 * A reviewer's decision on a possible duplicate (issue 3, "Review queue"). SAME_PERSON merges
 * the registered record into the chosen candidate (the person already on record survives);
 * NOT_SAME_PERSON remembers every listed pair as different people, so they never alert again.
 */
export async function resolveReview(db: IndividualsDb, actor: Actor, reviewId: string, decision: ReviewDecision, expectedVersion?: number) {
  return db.$transaction(async (tx) => {
    const review = await tx.duplicateReview.findUnique({ where: { id: reviewId }, include: { candidates: true } });
    if (!review) throw notFound("the review");
    assertVersion(`Duplicate review ${review.id}`, expectedVersion, review.version);
    if (review.status !== "OPEN") throw conflict(`the review was already decided (${review.status})`, { currentVersion: review.version });
    const who = `${actor.organisationId}/${actor.subject}`;
    if (decision.outcome === "SAME_PERSON") {
      if (!review.candidates.some((candidate) => candidate.candidateId === decision.candidateId)) {
        throw badUserInput("input.decision.candidateId", "is not one of the review's candidates");
      }
      const [survivorId, recordId] = [await currentId(tx, decision.candidateId), await currentId(tx, review.individualId)];
      if (survivorId !== recordId) await mergeInto(tx, actor, survivorId, recordId, decision.reason);
    } else {
      for (const candidate of review.candidates) {
        const [firstId, secondId] = orderedPair(review.individualId, candidate.candidateId);
        await tx.distinctPair.upsert({
          where: { firstId_secondId: { firstId, secondId } },
          create: { firstId, secondId, recordedBy: who, reason: decision.reason },
          update: {},
        });
      }
    }
    // Only the version and state read above: a reviewer racing this one cannot both decide it.
    const decided = await tx.duplicateReview.updateMany({
      where: { id: reviewId, status: "OPEN", version: review.version },
      data: { status: decision.outcome, resolvedAt: actor.at, resolvedBy: who, resolution: decision.reason, ...nextVersion },
    });
    if (decided.count !== 1) throw conflict("the review was decided by someone else meanwhile", { reviewId });
    const resolved = await tx.duplicateReview.findUniqueOrThrow({ where: { id: reviewId } });
    await recordChange(tx, actor, {
      kind: "REVIEW_RESOLVED",
      individualId: review.individualId,
      relatedIndividualId: decision.outcome === "SAME_PERSON" ? decision.candidateId : null,
      reason: decision.reason,
      before: { reviewId, status: review.status },
      after: { reviewId, status: resolved.status, candidates: review.candidates.map((c) => c.candidateId) },
    });
    return resolved;
  });
}
