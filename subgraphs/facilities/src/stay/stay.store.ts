import { rowScopeWhere, type RowScope } from "@pasrr/db/sql-reads/row-scope";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import type { CensusScope } from "../access/census.access.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DerivedStay, LeavePeriod, PayerPeriod } from "./stay.model.ts";

/**
 * Stays are a projection of the census events, not a record of their own. Choice (issue 4):
 * the `Stay` rows are rebuilt for the person in the same transaction as every event insert,
 * rather than derived on each read, so a facility's census on a day is one indexed query over
 * `Stay` (see `presentOnWhere`) instead of a replay of every event of every resident. The
 * events stay the truth: a projection can always be rebuilt from them (`rebuildStays`).
 */
export const toStayRow = (stay: DerivedStay) => ({
  ...stay,
  admittedOn: toDbDate(stay.admittedOn),
  dischargedOn: stay.dischargedOn === null ? null : toDbDate(stay.dischargedOn),
  payerPeriods: stay.payerPeriods as unknown as Prisma.InputJsonValue,
  leavePeriods: stay.leavePeriods as unknown as Prisma.InputJsonValue,
});

/** Replaces the person's projected stays with those derived from their events. */
export async function rebuildStays(tx: Prisma.TransactionClient, individualId: string, stays: DerivedStay[]): Promise<void> {
  await tx.stay.deleteMany({ where: { individualId } });
  if (stays.length > 0) await tx.stay.createMany({ data: stays.map(toStayRow) });
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const payers = ["MEDICARE_PART_A", "MEDICAID", "MEDICAID_COPAY", "MANAGED_CARE", "PRIVATE", "HOSPICE"] as const;

const payerPeriods = z.array(z.object({ payer: z.enum(payers), startsOn: day, endsOn: day.nullable() }));
const leavePeriods = z.array(z.object({ kind: z.enum(["HOSPITAL_LEAVE", "LEAVE_OF_ABSENCE"]), leftOn: day, returnedOn: day.nullable() }));

/** The projection's JSON columns, read back through the shapes the derivation wrote. */
export const readPayerPeriods = (json: unknown): PayerPeriod[] => payerPeriods.parse(json);
export const readLeavePeriods = (json: unknown): LeavePeriod[] => leavePeriods.parse(json);

/**
 * The same columns typed without a second pass over them, for a path that only hands them on
 * (the claim batch's `stayFacts`, issue 20): only `rebuildStays` writes them, from a
 * `DerivedStay`, so their shape is the derivation's; a reader that branches on a period's
 * values (the census, `Stay.payerPeriods`) still reads them through the shapes above.
 */
export const storedPayerPeriods = (json: Prisma.JsonValue): PayerPeriod[] => json as unknown as PayerPeriod[];
export const storedLeavePeriods = (json: Prisma.JsonValue): LeavePeriod[] => json as unknown as LeavePeriod[];

/** Token claims are free text; only ids the hub gave out can name a facility in a query. */
const facilityIdsOf = (ids: string[]) => ids.filter(isRecordId).map((id) => id.toLowerCase());

/**
 * The stays a scope covers, as data: a facility's own, a PAA's by the county of the stay's
 * facility, a hospital's by the facility it discharged to. Both the Prisma filter below and the
 * hot reads' SQL (stay.reads.ts) are made from it, so rows outside it are never loaded.
 */
export function stayRowScope(scope: CensusScope): RowScope {
  switch (scope.kind) {
    case "all":
      return { kind: "all" };
    case "facilities":
      return { kind: "anyOf", column: "facilityId", values: facilityIdsOf(scope.facilityIds) };
    case "counties":
      return { kind: "anyOf", column: "county", values: scope.counties, through: { relation: "facility", table: "Facility", foreignKey: "facilityId" } };
    case "admittedFrom":
      return { kind: "anyOf", column: "admittedFromFacilityId", values: facilityIdsOf(scope.facilityIds) };
    case "none":
      return { kind: "none" };
  }
}

/** A scope as a query filter. */
export const stayWhere = (scope: CensusScope): Prisma.StayWhereInput => rowScopeWhere(stayRowScope(scope)) as Prisma.StayWhereInput;

/** The stays present on a day (see `isPresentOn`: admitted on or before it, not yet gone). */
export const presentOnWhere = (on: CalendarDate): Prisma.StayWhereInput => ({
  admittedOn: { lte: toDbDate(on) },
  OR: [{ dischargedOn: null }, { dischargedOn: { gt: toDbDate(on) } }],
});
