import type { Random } from "../../demo/synthetic/random.ts";

/** A pair of records by their positions in arrival order, the earlier first. */
export type RecordPair = readonly [earlier: number, later: number];

/**
 * `pairs` record pairs drawn uniformly at random (with replacement, as random sampling for u
 * needs no more), from a seeded source so the sample is the same on every run.
 */
export function randomPairs(records: number, pairs: number, random: Random): RecordPair[] {
  if (records < 2) return [];
  const drawn: RecordPair[] = [];
  while (drawn.length < pairs) {
    const a = random.int(0, records - 1);
    const b = random.int(0, records - 1);
    if (a !== b) drawn.push(a < b ? [a, b] : [b, a]);
  }
  return drawn;
}

/**
 * Every pair of records sharing at least one key, each pair once, in the order first found
 * (records in arrival order, keys in the order each record gives them), so the list is the same
 * on every run.
 */
export function pairsSharingKeys(keysOfRecords: readonly (readonly string[])[]): RecordPair[] {
  const holders = new Map<string, number[]>();
  const seen = new Set<number>();
  const pairs: RecordPair[] = [];
  keysOfRecords.forEach((keys, later) => {
    for (const key of new Set(keys)) {
      const earlier = holders.get(key) ?? [];
      for (const index of earlier) {
        const id = index * keysOfRecords.length + later;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([index, later]);
      }
      earlier.push(later);
      holders.set(key, earlier);
    }
  });
  return pairs;
}
