import type { GraphQLResolveInfo } from "graphql";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { censusKey } from "../loaders.ts";
import { censusDaysAsked } from "./facility-census.store.ts";

/**
 * A facility by id, with the censuses the operation asks of it loaded in the same statement
 * (`censusOn` returns the facility row too), so `facility(id) { census(on:) }` is one statement.
 */
export async function resolveFacility(id: string, ctx: Context, info: GraphQLResolveInfo) {
  const days = censusDaysAsked(info, ctx.services.clock.today());
  if (days.length === 0) return ctx.loaders.facility.load(id);
  const [first] = await Promise.all(days.map((on) => ctx.loaders.censusOn.load(censusKey(id, on))));
  return first?.facility ?? null;
}

/** Resolves `{ __typename: "Facility", id }` from another subgraph through the batched loaders. */
export const resolveFacilityReference = (reference: { id: unknown }, ctx: Context, info: GraphQLResolveInfo) =>
  isRecordId(reference.id) ? resolveFacility(reference.id.toLowerCase(), ctx, info) : null;
