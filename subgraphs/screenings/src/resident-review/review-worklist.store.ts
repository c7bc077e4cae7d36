import { addDays } from "@pasrr/calendar/calendar-date";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import type { Principal } from "@pasrr/auth/principal";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { afterDueKey, countyIn, dueKeyOf, dueOrder, isDueKey } from "../worklist.store.ts";
import { complianceFindingReasons } from "./compliance-findings.rules.ts";

/** NFs see their own residents' reviews, PAAs those in their counties, the state all. */
export function scopeWhere(principal: Principal): Prisma.ResidentReviewWhereInput {
  if (principal.role === "STATE_MEDICAID_AGENCY") return {};
  if (principal.role === "NURSING_FACILITY" || principal.role === "HOSPITAL") return { facilityId: { in: principal.facilityIds } };
  if (principal.role === "PAA") return countyIn(principal.counties);
  return { id: { in: [] } };
}

/**
 * Open reviews, soonest due first: `due` lists those due from `asOf` through `asOf + withinDays`,
 * `overdue` those whose due day passed before `asOf`.
 */
export async function reviewWorklist(ctx: Context, kind: "due" | "overdue", asOf: string, withinDays: number, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw badUserInput("withinDays", "must be a whole number from 0 to 366");
  const window: Prisma.ResidentReviewWhereInput =
    kind === "overdue" ? { dueOn: { lt: toDbDate(asOf) } } : { dueOn: { gte: toDbDate(asOf), lte: toDbDate(addDays(asOf, withinDays)) } };
  const where: Prisma.ResidentReviewWhereInput[] = [scopeWhere(ctx.principal), { completedOn: null, endedOn: null }, window];
  const afterCursor = afterDueKey(page);
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.residentReview.findMany({ where: { AND: where }, orderBy: dueOrder, take: page.first + 1 });
  return toConnection(rows, page, dueKeyOf);
}

/** The reviews whose reason is a compliance finding (compliance-findings.rules.ts), open or done, in scope as the worklists; soonest due first. */
export async function findingWorklist(ctx: Context, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  const where: Prisma.ResidentReviewWhereInput[] = [scopeWhere(ctx.principal), { reason: { in: [...complianceFindingReasons] } }];
  const afterCursor = afterDueKey(page);
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.residentReview.findMany({ where: { AND: where }, orderBy: dueOrder, take: page.first + 1 });
  return toConnection(rows, page, dueKeyOf);
}
