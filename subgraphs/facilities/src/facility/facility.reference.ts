import { isRecordId } from "@pasrr/platform";
import type { Context } from "../context.ts";

/** Resolves `{ __typename: "Facility", id }` from another subgraph through the batched loader. */
export const resolveFacilityReference = (reference: { id: unknown }, ctx: Context) =>
  isRecordId(reference.id) ? ctx.loaders.facility.load(reference.id.toLowerCase()) : null;
