import type { PageRequest } from "@pasrr/graphql-kit/pagination";
import type { IndividualsDb } from "../db.ts";
import type { ReviewStatus } from "../generated/prisma/enums.ts";
import type { FieldComparison } from "../matching/agreement.model.ts";
import type { FaceSource } from "../matching/evidence.model.ts";
import type { MatchCandidate } from "../matching/match-candidate.type.ts";

/** One page of the reviews in a status, oldest first (ids are time-ordered), with one row more to tell whether more follow. */
export const reviewsPage = (db: IndividualsDb, status: ReviewStatus, page: PageRequest) =>
  db.duplicateReview.findMany({
    where: { status, ...(page.afterKey ? { id: { gt: page.afterKey } } : {}) },
    orderBy: { id: "asc" },
    take: page.first + 1,
  });

/** A stored review candidate as the API shows it: the score and its reasons as they were when the review opened. */
export function candidateOfRow(row: { candidateId: string; score: number; reasons: unknown }): MatchCandidate {
  const reasons = row.reasons as { via: FaceSource; fields: FieldComparison[] };
  return { candidateId: row.candidateId, score: row.score, via: reasons.via, reasons: reasons.fields };
}
