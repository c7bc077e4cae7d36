import { entityLoader, groupLoader } from "@pasrr/graphql-kit/loaders";
import type { Principal } from "@pasrr/auth/principal";
import { readScope } from "./access/read-scope.access.ts";
import { assessmentWhere } from "./assessment/assessment.store.ts";
import { readDeterminationsByIndividual } from "./determination/determination.reads.ts";
import { determinationWhere } from "./determination/determination.store.ts";
import type { LevelOfCareDb } from "./db.ts";

/**
 * The loaders of one request: every read by key goes through one of these, one query per batch.
 * Each carries the principal's scope in its query, so rows outside it are never loaded: lists
 * leave them out and a single object reads as none (levelofcare issue, item 7).
 */
export function createLoaders(db: LevelOfCareDb, principal: Principal) {
  const scope = readScope(principal);
  const visibleDeterminations = determinationWhere(scope);
  const visibleAssessments = assessmentWhere(scope);
  return {
    determination: entityLoader(
      (ids) => db.levelOfCareDetermination.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleDeterminations] } }),
      (row) => row.id,
    ),
    /** Read below Prisma's row mapping, in the same scope: every resident's `levelOfCareDeterminations` asks it (issue 20). */
    determinationsByIndividual: groupLoader(
      (individualIds) => readDeterminationsByIndividual(db, scope, individualIds),
      (row) => row.individualId,
    ),
    successorOf: entityLoader(
      (ids) => db.levelOfCareDetermination.findMany({ where: { AND: [{ supersedesId: { in: [...ids] } }, visibleDeterminations] } }),
      (row) => row.supersedesId!,
    ),
    noticesByDetermination: groupLoader(
      (ids) =>
        db.levelOfCareNotice.findMany({ where: { determinationId: { in: [...ids] }, determination: visibleDeterminations }, orderBy: { issuedOn: "asc" } }),
      (row) => row.determinationId,
    ),
    assessmentsByIndividual: groupLoader(
      (individualIds) =>
        db.levelOfCareAssessment.findMany({
          where: { AND: [{ individualId: { in: [...individualIds] } }, visibleAssessments] },
          orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
        }),
      (row) => row.individualId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
