import { entityLoader, type Principal } from "@pasrr/platform";
import type { IndividualsDb } from "./db.ts";

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: IndividualsDb, _principal: Principal) {
  return {
    individual: entityLoader((ids) => db.individual.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
