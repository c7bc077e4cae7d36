import { rowScopeWhere, type RowScope } from "@pasrr/db/sql-reads/row-scope";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ReadScope } from "../access/read-scope.access.ts";

/**
 * The determinations a read scope covers, as data: a PAA's by the county on the row (in any
 * case), a facility's by the facility named. Both the Prisma filter below and the hot reads'
 * SQL (determination.reads.ts) are made from it.
 */
export function determinationScope(scope: ReadScope): RowScope {
  if (scope === "ALL") return { kind: "all" };
  if (scope === "NONE") return { kind: "none" };
  if ("counties" in scope) return { kind: "anyOf", column: "county", values: scope.counties, ignoreCase: true };
  return { kind: "anyOf", column: "facilityId", values: scope.facilityIds };
}

/** A read scope as the filter of a determinations query. */
export const determinationWhere = (scope: ReadScope): Prisma.LevelOfCareDeterminationWhereInput =>
  rowScopeWhere(determinationScope(scope)) as Prisma.LevelOfCareDeterminationWhereInput;
