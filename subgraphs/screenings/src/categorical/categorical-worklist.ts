import { pageRequest, toConnection } from "@pasrr/platform";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { afterDueKey, countyIn, dueKeyOf, isDueKey } from "../worklist.ts";
import { categoriesDecidedBy } from "./categorical.rules.ts";

/**
 * A deciding authority's pending categorical requests, soonest due first: those of the
 * indications the pack has it decide, that it has not decided yet (in a dual case the other
 * authority may still be awaited), a PAA's only in its counties. A role that decides none sees none.
 */
export async function categoricalWorklist(ctx: Context, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  const { role, counties } = ctx.principal;
  const where: Prisma.LevelOneScreenWhereInput[] = [
    { categoricalStatus: "REQUESTED", levelTwoCategory: { in: categoriesDecidedBy(role, ctx.loaders.policy) }, categoricalDecisions: { none: { deciderRole: role } } },
  ];
  if (role === "PAA") where.push(countyIn(counties));
  const afterCursor = afterDueKey(page, "categoricalDueOn");
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.levelOneScreen.findMany({ where: { AND: where }, orderBy: [{ categoricalDueOn: "asc" }, { id: "asc" }], take: page.first + 1 });
  return toConnection(rows, page, (row) => dueKeyOf({ dueOn: row.categoricalDueOn!, id: row.id }));
}
