import { entityLoader, groupLoader, type Principal } from "@pasrr/platform";
import type { FacilitiesDb } from "./db.ts";

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: FacilitiesDb, _principal: Principal) {
  return {
    facility: entityLoader((ids) => db.facility.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    facilityByProviderNumber: entityLoader(
      (numbers) => db.facility.findMany({ where: { providerNumber: { in: [...numbers] } } }),
      (row) => row.providerNumber,
    ),
    staysByIndividual: groupLoader(
      (individualIds) =>
        db.stay.findMany({ where: { individualId: { in: [...individualIds] } }, orderBy: [{ admittedOn: "desc" }, { id: "desc" }] }),
      (row) => row.individualId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
