import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import type { Principal } from "@pasrr/auth/principal";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { afterDueKey, countyIn, dueKeyOf, isDueKey } from "../worklist.store.ts";
import { awaitingReview } from "./level-one-review.rules.ts";

/**
 * Whose screens a reviewer sees: exactly `actsFor` of reviewLevelOneScreen for the roles the
 * matrix lets in (the state all, a PAA those filed for facilities in its counties); any other
 * role none, should the matrix ever let it through.
 */
function reviewerScope(principal: Principal): Prisma.LevelOneScreenWhereInput {
  if (principal.role === "STATE_MEDICAID_AGENCY") return {};
  if (principal.role === "PAA") return countyIn(principal.counties);
  return { id: { in: [] } };
}

/**
 * The Level I screens awaiting the caller's review, oldest first (the screen's date, then its
 * id): no seed gives the PAA a deadline for the review itself, so the oldest waits longest.
 */
export async function screensToReview(ctx: Context, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  const where: Prisma.LevelOneScreenWhereInput[] = [reviewerScope(ctx.principal), { reviewStatus: { in: [...awaitingReview] } }];
  const afterCursor = afterDueKey(page, "screenedOn");
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.levelOneScreen.findMany({ where: { AND: where }, orderBy: [{ screenedOn: "asc" }, { id: "asc" }], take: page.first + 1 });
  return toConnection(rows, page, (row) => dueKeyOf({ dueOn: row.screenedOn, id: row.id }));
}
