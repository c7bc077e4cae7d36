import { levelsOf, mergeLevels, missingLevel, type ComparisonVector, type LevelProbabilities } from "./comparison-vector.model.ts";

/**
 * The pseudo-count added to every level's tally (Laplace's rule of succession, "add one"): a
 * level no random pair reached (an SSN agreeing in full between two strangers) gets u =
 * 1 / (pairs + levels) instead of 0, whose weight log2(m / u) would be infinite.
 */
export const uPseudoCount = 1;

/**
 * u per comparison level, estimated directly from random record pairs, as Splink's
 * `estimate_u_using_random_sampling` does: two records drawn at random are almost never the same
 * person (here about 1 pair in 15,000), so how often a random pair reaches a level is how often
 * two different people do (Splink, "Training u values": u is estimated directly rather than by
 * EM, because it can be, precisely). A field's MISSING pairs are left out of its denominator:
 * a missing value is no evidence either way.
 * `levels` names levels random pairs may never reach (the EXACT of an identifier), so they get
 * the smoothed u rather than none.
 */
export function estimateU(vectors: Iterable<ComparisonVector>, options: { levels?: Record<string, string[]>; pseudoCount?: number } = {}): LevelProbabilities {
  const pseudoCount = options.pseudoCount ?? uPseudoCount;
  const tallies = new Map<string, Map<string, number>>();
  const list = [...vectors];
  for (const vector of list) {
    for (const [field, level] of Object.entries(vector)) {
      if (level === missingLevel) continue;
      const tally = tallies.get(field) ?? new Map<string, number>();
      tally.set(level, (tally.get(level) ?? 0) + 1);
      tallies.set(field, tally);
    }
  }
  const levels = mergeLevels(levelsOf(list), options.levels ?? {});
  const u: LevelProbabilities = {};
  for (const [field, fieldLevels] of Object.entries(levels)) {
    const tally = tallies.get(field) ?? new Map<string, number>();
    const pairs = [...tally.values()].reduce((sum, count) => sum + count, 0);
    const denominator = pairs + pseudoCount * fieldLevels.length;
    u[field] = Object.fromEntries(fieldLevels.map((level) => [level, ((tally.get(level) ?? 0) + pseudoCount) / denominator]));
  }
  return u;
}
