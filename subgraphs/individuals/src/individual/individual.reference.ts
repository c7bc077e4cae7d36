import { isRecordId } from "@pasrr/platform";
import type { Context } from "../context.ts";

/** A person by the hub's id, following a merge to the survivor; null when nobody has the id. */
export const loadIndividual = async (ctx: Context, id: string) => (await ctx.loaders.individual.load(id.toLowerCase()))?.person ?? null;

/** Resolves `{ __typename: "Individual", id }` from another subgraph through the batched loader (a merged id yields the survivor). */
export const resolveIndividualReference = (reference: { id: unknown }, ctx: Context) => (isRecordId(reference.id) ? loadIndividual(ctx, reference.id) : null);
