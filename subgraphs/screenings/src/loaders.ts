import { entityLoader, groupLoader, type Principal } from "@pasrr/platform";
import type { ScreeningsDb } from "./db.ts";

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: ScreeningsDb, _principal: Principal) {
  return {
    levelOneScreen: entityLoader((ids) => db.levelOneScreen.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    levelOneScreensByIndividual: groupLoader(
      (individualIds) =>
        db.levelOneScreen.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ screenedOn: "desc" }, { id: "desc" }] }),
      (row) => row.individualId,
    ),
    /** MINIMAL (issue 4, IMD share): whether a person's latest Level II found a primary serious mental illness. */
    hasPrimarySeriousMentalIllness: entityLoader(
      async (individualIds) => {
        const rows = await db.levelTwoDetermination.findMany({
          where: { individualId: { in: [...individualIds] } },
          orderBy: [{ determinedOn: "desc" }, { recordedAt: "desc" }],
        });
        const latest = new Map<string, boolean>();
        for (const row of rows) if (!latest.has(row.individualId)) latest.set(row.individualId, row.primarySeriousMentalIllness);
        return [...latest].map(([individualId, finding]) => ({ individualId, finding }));
      },
      (row) => row.individualId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
