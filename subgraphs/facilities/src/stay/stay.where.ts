import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { CensusScope } from "../access/census.access.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** Token claims are free text; only ids the hub gave out can name a facility in a query. */
const facilityIdsOf = (ids: string[]) => ids.filter(isRecordId).map((id) => id.toLowerCase());

/** A scope as a query filter, so rows outside it are never loaded. */
export function stayWhere(scope: CensusScope): Prisma.StayWhereInput {
  switch (scope.kind) {
    case "all":
      return {};
    case "facilities":
      return { facilityId: { in: facilityIdsOf(scope.facilityIds) } };
    case "counties":
      return { facility: { county: { in: scope.counties } } };
    case "admittedFrom":
      return { admittedFromFacilityId: { in: facilityIdsOf(scope.facilityIds) } };
    case "none":
      return { id: { in: [] } };
  }
}

/** The stays present on a day (see `isPresentOn`: admitted on or before it, not yet gone). */
export const presentOnWhere = (on: CalendarDate): Prisma.StayWhereInput => ({
  admittedOn: { lte: toDbDate(on) },
  OR: [{ dischargedOn: null }, { dischargedOn: { gt: toDbDate(on) } }],
});
