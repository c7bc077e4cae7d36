import { Random } from "../../src/demo/synthetic/random.ts";
import type { ComparisonVector, LevelProbabilities } from "../../src/matching/training/comparison-vector.model.ts";

/** A Fellegi–Sunter model chosen by hand, to draw pairs from and see whether training finds it again. */
export const knownModel = {
  lambda: 0.3,
  m: {
    GIVEN_NAME: { EXACT: 0.85, SIMILAR: 0.1, DIFFERENT: 0.05 },
    FAMILY_NAME: { EXACT: 0.8, PART: 0.05, SIMILAR: 0.1, DIFFERENT: 0.05 },
    BIRTH_DATE: { EXACT: 0.9, TYPO: 0.07, DIFFERENT: 0.03 },
    SEX: { EXACT: 0.97, DIFFERENT: 0.03 },
  } as LevelProbabilities,
  u: {
    GIVEN_NAME: { EXACT: 0.02, SIMILAR: 0.08, DIFFERENT: 0.9 },
    FAMILY_NAME: { EXACT: 0.01, PART: 0.01, SIMILAR: 0.03, DIFFERENT: 0.95 },
    BIRTH_DATE: { EXACT: 0.01, TYPO: 0.04, DIFFERENT: 0.95 },
    SEX: { EXACT: 0.5, DIFFERENT: 0.5 },
  } as LevelProbabilities,
  /** Each field is MISSING in this share of pairs, whatever the pair's class. */
  missing: 0.1,
};

function draw(levels: Record<string, number>, random: Random): string {
  let roll = random.next();
  const entries = Object.entries(levels);
  for (const [level, probability] of entries) {
    roll -= probability;
    if (roll < 0) return level;
  }
  return entries[entries.length - 1]![0];
}

/** `count` pairs drawn from the known model (or, with `lambda`, another share of matches), each labelled. */
export function drawPairs(count: number, seed: number, lambda = knownModel.lambda): { vector: ComparisonVector; match: boolean }[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const match = random.chance(lambda);
    const source = match ? knownModel.m : knownModel.u;
    const vector = Object.fromEntries(
      Object.entries(source).map(([field, levels]) => [field, random.chance(knownModel.missing) ? "MISSING" : draw(levels, random)]),
    );
    return { vector, match };
  });
}
