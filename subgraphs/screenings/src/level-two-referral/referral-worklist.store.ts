import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import { referralScope } from "../access/record-scope.access.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { referralFilterSchema, type ReferralFilter } from "./level-two-referral.validation.ts";
import { afterDueKey, countyIn, dueKeyOf, dueOrder, isDueKey } from "../worklist.store.ts";

/** The caller's authority as a WHERE clause: an authority sees only its referrals (record-scope.access.ts). */
function scopeWhere(ctx: Context): Prisma.LevelTwoReferralWhereInput {
  const scope = referralScope(ctx.principal);
  if (scope === "ALL") return {};
  if (scope === "NONE") return { id: { in: [] } };
  if (scope.authority) return { authority: scope.authority };
  if (scope.facilityIds) return { facilityId: { in: scope.facilityIds } };
  return countyIn(scope.counties ?? []);
}

export async function referralWorklist(ctx: Context, filter: ReferralFilter | null | undefined, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  const f = parseInput(referralFilterSchema, filter ?? {}, "filter");
  const where: Prisma.LevelTwoReferralWhereInput[] = [scopeWhere(ctx)];
  if (f.status) where.push({ status: f.status });
  if (f.authority) where.push({ authority: f.authority });
  if (f.individualId) where.push({ individualId: f.individualId });
  if (f.facilityId) where.push({ facilityId: f.facilityId });
  if (f.dueOnOrBefore) where.push({ dueOn: { lte: toDbDate(f.dueOnOrBefore) } });
  if (f.overdueAsOf) where.push({ status: "OPEN", dueOn: { lt: toDbDate(f.overdueAsOf) } });
  const afterCursor = afterDueKey(page);
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.levelTwoReferral.findMany({ where: { AND: where }, orderBy: dueOrder, take: page.first + 1 });
  return toConnection(rows, page, dueKeyOf);
}
