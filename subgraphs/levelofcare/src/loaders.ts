import { entityLoader, groupLoader, type Principal } from "@pasrr/platform";
import type { LevelOfCareDb } from "./db.ts";

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: LevelOfCareDb, _principal: Principal) {
  return {
    determination: entityLoader((ids) => db.levelOfCareDetermination.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    determinationsByIndividual: groupLoader(
      (individualIds) =>
        db.levelOfCareDetermination.findMany({
          where: { individualId: { in: [...individualIds] } },
          orderBy: [{ effectiveFrom: "desc" }, { id: "desc" }],
        }),
      (row) => row.individualId,
    ),
    successorOf: entityLoader(
      (ids) => db.levelOfCareDetermination.findMany({ where: { supersedesId: { in: [...ids] } } }),
      (row) => row.supersedesId!,
    ),
    noticesByDetermination: groupLoader(
      (ids) => db.levelOfCareNotice.findMany({ where: { determinationId: { in: [...ids] } }, orderBy: { issuedOn: "asc" } }),
      (row) => row.determinationId,
    ),
    assessmentsByIndividual: groupLoader(
      (individualIds) =>
        db.levelOfCareAssessment.findMany({
          where: { individualId: { in: [...individualIds] } },
          orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
        }),
      (row) => row.individualId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
