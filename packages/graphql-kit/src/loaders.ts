import DataLoader from "dataloader";
import { idsAcrossMerges } from "./ids.ts";

/**
 * A loader for entities by key: the batch function runs one query for all keys of a tick
 * (`WHERE key IN (…)`), and the results come back aligned with the keys, `null` for misses.
 * DataLoader deduplicates keys before the batch, so each key appears in the `IN` list once.
 */
export function entityLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader for the rows that belong to each key (`findMany` by a foreign key), one query per batch. */
export function groupLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * A person's rows in a subgraph that extends `Individual`: those filed under the person's id and
 * under every duplicate record merged into it (`mergedIds`, which individuals hands over through
 * `@requires`), loaded through the subgraph's group loader (one statement per batch), in `order`.
 */
export async function loadAcrossMerges<V>(
  individual: { id: string; mergedIds?: readonly string[] | null },
  loader: DataLoader<string, V[]>,
  order: (a: V, b: V) => number,
): Promise<V[]> {
  const lists = await loader.loadMany(idsAcrossMerges(individual));
  const failed = lists.find((list) => list instanceof Error);
  if (failed) throw failed;
  return (lists as V[][]).flat().sort(order);
}
