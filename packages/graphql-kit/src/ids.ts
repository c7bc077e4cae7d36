import { badUserInput } from "./errors.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of hub records are UUIDs; anything else cannot name a record. */
export const isRecordId = (value: unknown): value is string => typeof value === "string" && uuid.test(value);

/** An id argument from a partner: a malformed one is BAD_USER_INPUT naming the argument. */
export function recordIdArgument(field: string, value: string): string {
  if (!isRecordId(value)) throw badUserInput(field, "is not an id the hub gave out");
  return value.toLowerCase();
}

/**
 * The reference resolver of an entity a subgraph extends but does not own (a stub holding the
 * key): a malformed id resolves to null instead of spoiling the whole batch's `IN (…)` query,
 * and ids are lower-cased as the database writes UUIDs. Extra fields the router sends along
 * (`@requires`) are kept.
 */
export function resolveStubReference<R extends { id: unknown }>(reference: R): (R & { id: string }) | null {
  return isRecordId(reference.id) ? { ...reference, id: reference.id.toLowerCase() } : null;
}

/**
 * A person's ids across merges: the id asked and every record merged into it (the `mergedIds` the
 * individuals subgraph answers, which the gateway hands the other owners as `@requires`), well
 * formed, lower-cased and each once. Every owner looks up a person's records by all of them, so a
 * record filed under a merged duplicate still counts.
 */
export function idsAcrossMerges(person: { id: string; mergedIds?: readonly string[] | null }): string[] {
  return [...new Set([person.id, ...(person.mergedIds ?? [])].filter(isRecordId).map((id) => id.toLowerCase()))];
}
