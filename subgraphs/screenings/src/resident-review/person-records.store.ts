import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import { queryGraph } from "@pasrr/subgraph-kit/graph-call";
import type { Context } from "../context.ts";

const personIdsQuery = /* GraphQL */ `query PersonIds($id: ID!) { individual(id: $id) { id mergedIds } }`;

/**
 * The person's id with every id merged into it, asked of the individuals service through the
 * graph with the caller's token (README, "Rules that span owners"): "no PASRR records" must count
 * the records of merged duplicates too. An unknown person is just the id given.
 */
export async function personIds(ctx: Context, individualId: string): Promise<string[]> {
  const answer = await queryGraph<{ individual: { id: string; mergedIds: string[] } | null }>(ctx, personIdsQuery, { id: individualId });
  return idsAcrossMerges({ id: individualId, mergedIds: [answer.individual?.id ?? individualId, ...(answer.individual?.mergedIds ?? [])] });
}

/** Everything the clocks read about the person, in one statement per table. */
export async function clockRecords(ctx: Context, ids: string[]) {
  const where = { where: { individualId: { in: ids } } };
  const [screens, referrals, determinations, appeals] = await Promise.all([
    ctx.db.levelOneScreen.findMany(where),
    ctx.db.levelTwoReferral.findMany(where),
    ctx.db.levelTwoDetermination.findMany(where),
    ctx.db.appeal.findMany(where),
  ]);
  return { screens, referrals, determinations, appeals };
}
