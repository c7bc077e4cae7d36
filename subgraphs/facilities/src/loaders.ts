import { entityLoader, groupLoader } from "@pasrr/graphql-kit/loaders";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Principal } from "@pasrr/auth/principal";
import { censusScope, stayScope } from "./access/census.access.ts";
import type { FacilitiesDb } from "./db.ts";
import { loadCensus, type FacilityCensus } from "./facility/facility-census.store.ts";
import { readFacilities } from "./facility/facility.reads.ts";
import type { Facility } from "./generated/prisma/client.ts";
import { readStaysByIndividual } from "./stay/stay.reads.ts";
import { stayWhere } from "./stay/stay.store.ts";

/** A census is asked for by facility and day; the key joins both. */
export const censusKey = (facilityId: string, on: CalendarDate) => `${facilityId}|${on}`;

/** The loaders of one request: every read by key goes through one of these, one query per batch. */
export function createLoaders(db: FacilitiesDb, principal: Principal) {
  const staysInScope = stayScope(principal);
  const visibleStays = stayWhere(staysInScope);
  /** Read below Prisma's row mapping: every stay's and determination's facility asks it (issue 20). */
  const facility = entityLoader(
    (ids) => readFacilities(db, ids),
    (row: Facility) => row.id,
  );
  /**
   * Each asked facility with its residents on each asked day: one statement per distinct day (a
   * request asks one), whatever the number of facilities or residents. The facility rows come
   * with it and fill the `facility` loader, so reading the facility costs nothing more.
   */
  const censusOn = entityLoader(
    async (keys: readonly string[]) => {
      const byDay = new Map<CalendarDate, string[]>();
      for (const key of keys) {
        const [facilityId, on] = key.split("|") as [string, CalendarDate];
        byDay.set(on, [...(byDay.get(on) ?? []), facilityId]);
      }
      const days = await Promise.all(
        [...byDay].map(async ([on, ids]) =>
          (await loadCensus(db, ids, on, censusScope(principal))).map((census): FacilityCensus & { key: string } => {
            facility.prime(census.facility.id, census.facility);
            return { ...census, key: censusKey(census.facility.id, on) };
          }),
        ),
      );
      return days.flat();
    },
    (row) => row.key,
  );
  return {
    facility,
    facilityByProviderNumber: entityLoader(
      (numbers) => db.facility.findMany({ where: { providerNumber: { in: [...numbers] } } }),
      (row) => row.providerNumber,
    ),
    censusOn,
    /** Stays the principal may see, by id. */
    stay: entityLoader(
      (ids) => db.stay.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleStays] } }),
      (row) => row.id,
    ),
    /** Stays the principal may see, by person, latest admission first: every resident's `stays` (issue 20, below Prisma's row mapping). */
    staysByIndividual: groupLoader(
      (individualIds) => readStaysByIndividual(db, staysInScope, individualIds),
      (row) => row.individualId,
    ),
    censusEvent: entityLoader(
      (ids) => db.censusEvent.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
