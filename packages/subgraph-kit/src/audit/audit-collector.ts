/**
 * What one request did that must leave a trace (issue 7 §4; HIPAA 45 CFR 164.312(b), audit
 * controls): the sensitive fields it read and the mutations it ran, with the entity ids each
 * touched. Collected in memory while the request runs, written as one row when it ends
 * (audit-plugin.ts), so auditing costs one INSERT per request, never a round trip per field.
 */
export class AuditCollector {
  readonly fields = new Set<string>();
  readonly writes = new Set<string>();
  readonly entityIds = new Set<string>();

  /** A read of a sensitive field (`Type.field`) of the entity with this id. */
  read(coordinate: string, entityId: string | undefined) {
    this.fields.add(coordinate);
    if (entityId) this.entityIds.add(entityId);
  }

  /** A mutation, with the ids it names or returns. */
  write(mutation: string, entityIds: Iterable<string>) {
    this.writes.add(mutation);
    for (const id of entityIds) this.entityIds.add(id);
  }

  /**
   * A mutation answered from its stored first answer (an idempotent replay): the replayed answer
   * shows what the first request read and wrote again, so it is recorded again, marked as a replay.
   */
  replayed(first: { fields: Iterable<string>; writes: Iterable<string>; entityIds: Iterable<string> }) {
    for (const field of first.fields) this.fields.add(field);
    this.write(idempotentReplay, first.entityIds);
    for (const mutation of first.writes) this.writes.add(mutation);
  }

  get isEmpty() {
    return this.fields.size === 0 && this.writes.size === 0;
  }
}

/** The entry in `writes` that marks a request answered by an idempotent replay (filter the trail by it). */
export const idempotentReplay = "IDEMPOTENT_REPLAY";

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The hub ids in a value (arguments or a result), found by shape: every uuid under a key named
 * `id` or ending in `Id`/`Ids`, one level of nesting deep (inputs and payloads hold them there).
 */
export function idsIn(value: unknown, depth = 0): string[] {
  if (value === null || typeof value !== "object" || depth > 2) return [];
  const found: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const named = key === "id" || key.endsWith("Id") || key.endsWith("Ids");
    if (named && typeof item === "string" && idPattern.test(item)) found.push(item);
    else if (named && Array.isArray(item)) found.push(...item.filter((id): id is string => typeof id === "string" && idPattern.test(id)));
    else if (typeof item === "object") found.push(...idsIn(item, depth + 1));
  }
  return found;
}
