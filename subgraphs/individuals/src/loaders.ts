import { entityLoader, groupLoader } from "@pasrr/graphql-kit/loaders";
import type { Principal } from "@pasrr/auth/principal";
import type { IndividualsDb } from "./db.ts";
import { readIndividualsFollowingMerges } from "./individual/individual.reads.ts";

/**
 * People by id, following merges: a merged record's id yields the survivor it was merged into
 * (issue 3, "Merge and unmerge"). One statement per batch, the survivor joined in the same query,
 * read below Prisma's row mapping: the `_entities` path of every person the graph resolves (issue 20).
 */
const individualsFollowingMerges = (db: IndividualsDb) =>
  entityLoader(
    (ids) => readIndividualsFollowingMerges(db, ids),
    (found) => found.askedId,
  );

/** History of people: an event belongs to its subject and to the other person it names (a merge's survivor). */
const historyByIndividual = (db: IndividualsDb) =>
  groupLoader(
    async (ids) => {
      const rows = await db.identityEvent.findMany({
        where: { OR: [{ individualId: { in: [...ids] } }, { relatedIndividualId: { in: [...ids] } }] },
        orderBy: { sequence: "asc" },
      });
      const asked = new Set(ids);
      return rows.flatMap((event) =>
        [event.individualId, event.relatedIndividualId].filter((id) => id && asked.has(id)).map((id) => ({ ownerId: id!, event })),
      );
    },
    (entry) => entry.ownerId,
  );

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: IndividualsDb, _principal: Principal) {
  return {
    individual: individualsFollowingMerges(db),
    identifiersByIndividual: groupLoader(
      (ids) => db.identifier.findMany({ where: { individualId: { in: [...ids] } }, orderBy: [{ type: "asc" }, { createdAt: "asc" }] }),
      (row) => row.individualId,
    ),
    namesByIndividual: groupLoader(
      (ids) => db.individualName.findMany({ where: { individualId: { in: [...ids] } }, orderBy: { id: "asc" } }),
      (row) => row.individualId,
    ),
    mergedIdsBySurvivor: groupLoader(
      (ids) => db.individual.findMany({ where: { mergedIntoId: { in: [...ids] } }, select: { id: true, mergedIntoId: true }, orderBy: { id: "asc" } }),
      (row) => row.mergedIntoId!,
    ),
    historyByIndividual: historyByIndividual(db),
    review: entityLoader(
      (ids) => db.duplicateReview.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    candidatesByReview: groupLoader(
      (ids) => db.duplicateCandidate.findMany({ where: { reviewId: { in: [...ids] } }, orderBy: [{ score: "desc" }, { candidateId: "asc" }] }),
      (row) => row.reviewId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
