import type { Prisma } from "../generated/prisma/client.ts";
import type { ReadScope } from "../access/read-scope.access.ts";

/** A read scope as the filter of an assessments query: a facility reads the assessments its own determinations rest on. */
export function assessmentWhere(scope: ReadScope): Prisma.LevelOfCareAssessmentWhereInput {
  if (scope === "ALL") return {};
  if (scope === "NONE") return { id: { in: [] } };
  if ("counties" in scope) return { county: { in: scope.counties, mode: "insensitive" } };
  return { determinations: { some: { facilityId: { in: scope.facilityIds } } } };
}
