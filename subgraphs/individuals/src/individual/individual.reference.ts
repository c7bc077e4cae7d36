import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";

/** A person by the hub's id, following a merge to the survivor; null when nobody has the id. */
export const loadIndividual = async (ctx: Context, id: string) => (await ctx.loaders.individual.load(id.toLowerCase()))?.person ?? null;

/**
 * Resolves `{ __typename: "Individual", id }` from another subgraph through the batched loader.
 * A merged record's id yields the survivor, marked with the id it was referenced by: the router
 * keeps that id as the entity's key, so `mergedIds` must then name the survivor's own id too.
 */
export async function resolveIndividualReference(reference: { id: unknown }, ctx: Context) {
  if (!isRecordId(reference.id)) return null;
  const asked = reference.id.toLowerCase();
  const person = await loadIndividual(ctx, asked);
  return person && person.id !== asked ? { ...person, referencedAs: asked } : person;
}
