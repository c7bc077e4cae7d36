import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { afterDueKey, countyIn, dueKeyOf, isDueKey } from "../worklist.store.ts";
import { awaitedDecider, categoriesDecidedBy } from "./categorical.rules.ts";

/**
 * A deciding authority's pending categorical requests, soonest due first: those of the
 * indications the pack has it decide, that it has not decided yet (in a dual case the other
 * authority may still be awaited), a PAA's only in its counties. A role that decides none sees none.
 * A request whose other decider must decide first (IL IV.D.3: the DD authority in a dual case) is
 * not yet on the waiting decider's list.
 */
export async function categoricalWorklist(ctx: Context, first: number, after: string | null | undefined) {
  const page = pageRequest(first, after, isDueKey);
  const { role, counties } = ctx.principal;
  const policy = ctx.services.policy;
  const categories = categoriesDecidedBy(role, policy);
  const where: Prisma.LevelOneScreenWhereInput[] = [
    { categoricalStatus: "REQUESTED", levelTwoCategory: { in: categories }, categoricalDecisions: { none: { deciderRole: role } } },
  ];
  const waiting = categories.flatMap((category) => {
    const awaited = awaitedDecider(role, category, policy);
    return awaited ? [{ levelTwoCategory: category, categoricalDecisions: { none: { deciderRole: awaited } } }] : [];
  });
  if (waiting.length > 0) where.push({ NOT: { OR: waiting } });
  if (role === "PAA") where.push(countyIn(counties));
  const afterCursor = afterDueKey(page, "categoricalDueOn");
  if (afterCursor) where.push(afterCursor);
  const rows = await ctx.db.levelOneScreen.findMany({ where: { AND: where }, orderBy: [{ categoricalDueOn: "asc" }, { id: "asc" }], take: page.first + 1 });
  return toConnection(rows, page, (row) => dueKeyOf({ dueOn: row.categoricalDueOn!, id: row.id }));
}
