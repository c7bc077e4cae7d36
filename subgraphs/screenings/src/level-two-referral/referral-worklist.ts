import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { z } from "zod";
import type { Context } from "../context.ts";
import { referralScope } from "../access/access.rules.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { LevelTwoAuthority, ReferralStatus } from "../generated/prisma/enums.ts";
import { calendarDate, parseInput, recordId } from "../validation.ts";
import { afterDueKey, countyIn, dueKeyOf, dueOrder, isDueKey } from "../worklist.ts";

const filterSchema = z.object({
  status: z.enum(ReferralStatus).nullish(),
  authority: z.enum(LevelTwoAuthority).nullish(),
  individualId: recordId.nullish(),
  facilityId: recordId.nullish(),
  dueOnOrBefore: calendarDate.nullish(),
  overdueAsOf: calendarDate.nullish(),
});
export type ReferralFilter = z.input<typeof filterSchema>;

/** The caller's authority as a WHERE clause: an authority sees only its referrals (access.rules.ts). */
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
  const f = parseInput(filterSchema, filter ?? {}, "filter");
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
