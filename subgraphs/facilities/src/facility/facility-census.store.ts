import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { CensusScope } from "../access/census.access.ts";
import type { FacilitiesDb } from "../db.ts";
import { Prisma, type Facility, type Stay } from "../generated/prisma/client.ts";

const stayColumns = [
  "id",
  "individualId",
  "facilityId",
  "admittedOn",
  "admissionSource",
  "admittedFromFacilityId",
  "previousStayId",
  "nextStayId",
  "dischargedOn",
  "endReason",
  "dischargeDestination",
  "transferredToFacilityId",
  "payerPeriods",
  "leavePeriods",
  "eventIds",
] as const;
const selectStay = Prisma.raw(stayColumns.map((column) => `s."${column}" AS "s_${column}"`).join(", "));

/** The census may be read only inside the scope: outside it, the facility comes back with no stays. */
function inScope(scope: CensusScope): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "facilities":
      return Prisma.sql`f."id"::text = ANY(${scope.facilityIds}::text[])`;
    case "counties":
      return Prisma.sql`f."county" = ANY(${scope.counties}::text[])`;
    default:
      return Prisma.sql`FALSE`;
  }
}

export interface FacilityCensus {
  facility: Facility;
  stays: Stay[];
}

type Row = Facility & { [K in (typeof stayColumns)[number] as `s_${K}`]: Stay[K] | null };

/**
 * Facilities with the stays present on a day, in one statement: the facility rows and their
 * residents come back together (LEFT JOIN), so a facility with no residents still answers and
 * `facility(id) { census(on:) }` costs one statement whatever the number of residents. Prisma's
 * `include` would take two statements here, hence the one raw query.
 */
export async function loadCensus(db: FacilitiesDb, facilityIds: string[], on: CalendarDate, scope: CensusScope): Promise<FacilityCensus[]> {
  const day = toDbDate(on);
  const rows = await db.$queryRaw<Row[]>`
    SELECT f.*, ${selectStay}
    FROM "Facility" f
    LEFT JOIN "Stay" s
      ON s."facilityId" = f."id" AND s."admittedOn" <= ${day}::date
      AND (s."dischargedOn" IS NULL OR s."dischargedOn" > ${day}::date) AND ${inScope(scope)}
    WHERE f."id" = ANY(${facilityIds}::uuid[])
    ORDER BY f."id", s."admittedOn", s."id"`;
  const byFacility = new Map<string, FacilityCensus>();
  for (const row of rows) {
    const facility = Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith("s_"))) as Facility;
    const census = byFacility.get(facility.id) ?? { facility, stays: [] };
    byFacility.set(facility.id, census);
    if (row.s_id !== null) {
      census.stays.push(Object.fromEntries(stayColumns.map((column) => [column, row[`s_${column}`]])) as unknown as Stay);
    }
  }
  return [...byFacility.values()];
}

/** Fields of Facility that read the census, and which day each reads (`null`: its `on` argument). */
const censusFields: Record<string, "argument" | "today"> = { census: "argument", residents: "today", currentResidentIds: "today" };

/**
 * The days whose census the operation asks of the facility being resolved, read from its
 * selection (fragments included). Resolving the facility and those censuses together lets
 * `facility(id) { census(on:) }` cost one statement instead of two.
 */
export function censusDaysAsked(info: GraphQLResolveInfo, today: CalendarDate): CalendarDate[] {
  const days = new Set<CalendarDate>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === "Facility") visit(selection.selectionSet);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === "Facility") visit(fragment.selectionSet);
      } else {
        const reads = censusFields[selection.name.value];
        if (reads === "today") days.add(today);
        if (reads !== "argument") continue;
        const on = selection.arguments?.find((argument) => argument.name.value === "on")?.value;
        const value = on?.kind === Kind.STRING ? on.value : on?.kind === Kind.VARIABLE ? info.variableValues[on.name.value] : undefined;
        if (typeof value === "string" && isCalendarDate(value)) days.add(value);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...days];
}
