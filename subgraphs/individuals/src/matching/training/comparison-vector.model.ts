/**
 * What training reads and writes, independent of any one set of comparison levels: a pair of
 * records is a comparison vector (each field's level), and a model gives each field's levels
 * their m and u probabilities (Fellegi, I. P. & Sunter, A. B. (1969), "A Theory for Record
 * Linkage", JASA 64(328)).
 */

/** One pair of records: the level each field's comparison reached. */
export type ComparisonVector = Readonly<Record<string, string>>;

/** The level that carries no evidence (a field one record lacks): left out of every count and product. */
export const missingLevel = "MISSING";

/** A probability for each level of each field: `{ GIVEN_NAME: { EXACT: 0.9, … }, … }`. */
export type LevelProbabilities = Record<string, Record<string, number>>;

/** The levels each field reached in some vectors, MISSING left out, in the order first seen. */
export function levelsOf(vectors: Iterable<ComparisonVector>): Record<string, string[]> {
  const seen = new Map<string, Set<string>>();
  for (const vector of vectors) {
    for (const [field, level] of Object.entries(vector)) {
      if (level === missingLevel) continue;
      const levels = seen.get(field) ?? new Set<string>();
      levels.add(level);
      seen.set(field, levels);
    }
  }
  return Object.fromEntries([...seen].map(([field, levels]) => [field, [...levels]]));
}

/** Adds the levels of `more` that `levels` lacks (a union that keeps the first order). */
export function mergeLevels(levels: Record<string, string[]>, more: Record<string, string[]>): Record<string, string[]> {
  const merged: Record<string, string[]> = Object.fromEntries(Object.entries(levels).map(([field, list]) => [field, [...list]]));
  for (const [field, list] of Object.entries(more)) merged[field] = [...new Set([...(merged[field] ?? []), ...list])];
  return merged;
}
