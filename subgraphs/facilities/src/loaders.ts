import { entityLoader, groupLoader, type CalendarDate, type Principal } from "@pasrr/platform";
import { censusScope, stayScope } from "./access/census.access.ts";
import type { FacilitiesSettings } from "./config/settings.ts";
import type { FacilitiesDb } from "./db.ts";
import type { Stay } from "./generated/prisma/client.ts";
import { presentOnWhere, stayWhere } from "./stay/stay.where.ts";

/** A census is asked for by facility and day; the key joins both. */
export const censusKey = (facilityId: string, on: CalendarDate) => `${facilityId}|${on}`;

/**
 * The stays present at each asked facility on each asked day: one statement per distinct day
 * (a request asks one day, so one statement), whatever the number of facilities or residents.
 */
function censusLoader(db: FacilitiesDb, principal: Principal) {
  const scope = stayWhere(censusScope(principal));
  return groupLoader<string, { key: string; stay: Stay }>(
    async (keys) => {
      const byDay = new Map<CalendarDate, string[]>();
      for (const key of keys) {
        const [facilityId, on] = key.split("|") as [string, CalendarDate];
        byDay.set(on, [...(byDay.get(on) ?? []), facilityId]);
      }
      const days = await Promise.all(
        [...byDay].map(async ([on, facilityIds]) => {
          const rows = await db.stay.findMany({
            where: { AND: [{ facilityId: { in: facilityIds } }, presentOnWhere(on), scope] },
            orderBy: [{ admittedOn: "asc" }, { id: "asc" }],
          });
          return rows.map((stay) => ({ key: censusKey(stay.facilityId, on), stay }));
        }),
      );
      return days.flat();
    },
    (row) => row.key,
  );
}

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: FacilitiesDb, principal: Principal, settings: FacilitiesSettings) {
  const visibleStays = stayWhere(stayScope(principal));
  return {
    /** The service's validated configuration, carried here because the request context has no other slot. */
    settings,
    facility: entityLoader((ids) => db.facility.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    facilityByProviderNumber: entityLoader(
      (numbers) => db.facility.findMany({ where: { providerNumber: { in: [...numbers] } } }),
      (row) => row.providerNumber,
    ),
    /** Stays the principal may see, by id. */
    stay: entityLoader((ids) => db.stay.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleStays] } }), (row) => row.id),
    /** Stays the principal may see, by person, latest admission first. */
    staysByIndividual: groupLoader(
      (individualIds) =>
        db.stay.findMany({
          where: { AND: [{ individualId: { in: [...individualIds] } }, visibleStays] },
          orderBy: [{ admittedOn: "desc" }, { id: "desc" }],
        }),
      (row) => row.individualId,
    ),
    censusOn: censusLoader(db, principal),
    censusEvent: entityLoader((ids) => db.censusEvent.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
