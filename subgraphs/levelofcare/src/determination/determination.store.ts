import type { Prisma } from "../generated/prisma/client.ts";
import type { ReadScope } from "../access/read-scope.access.ts";

/** A read scope as the filter of a determinations query. */
export function determinationWhere(scope: ReadScope): Prisma.LevelOfCareDeterminationWhereInput {
  if (scope === "ALL") return {};
  if (scope === "NONE") return { id: { in: [] } };
  if ("counties" in scope) return { county: { in: scope.counties, mode: "insensitive" } };
  return { facilityId: { in: scope.facilityIds } };
}
