import { isRecordId } from "@pasrr/platform";
import type { Context } from "../context.ts";

/** Resolves `{ __typename: "Individual", id }` from another subgraph through the batched loader. */
export const resolveIndividualReference = (reference: { id: unknown }, ctx: Context) =>
  isRecordId(reference.id) ? ctx.loaders.individual.load(reference.id.toLowerCase()) : null;
