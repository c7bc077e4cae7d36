import { missingLevel, type ComparisonVector, type LevelProbabilities } from "./comparison-vector.model.ts";
import type { TrainingRun } from "./train-model.ts";
import { truePairs, vectorsOf } from "./training-data.ts";

/** One level's estimates beside what the labelled pairs say (the generator knows who is who). */
export interface ValidationRow {
  field: string;
  level: string;
  m: number;
  labelledM: number;
  u: number;
  labelledU: number;
  /** log2(m / u) with the trained m and u. */
  weight: number;
}

export interface Validation {
  rows: ValidationRow[];
  lambda: number;
  labelledLambda: number;
  /** Pairs of records of one person, and how many of them blocking finds. */
  truePairs: number;
  truePairsFound: number;
}

/** Each level's share of the pairs that reached the field (MISSING left out): m or u read straight off labelled pairs. */
function shares(vectors: readonly ComparisonVector[]): LevelProbabilities {
  const counts: LevelProbabilities = {};
  for (const vector of vectors) {
    for (const [field, level] of Object.entries(vector)) {
      if (level === missingLevel) continue;
      counts[field] ??= {};
      counts[field][level] = (counts[field][level] ?? 0) + 1;
    }
  }
  for (const levels of Object.values(counts)) {
    const total = Object.values(levels).reduce((sum, count) => sum + count, 0);
    for (const level of Object.keys(levels)) levels[level]! /= total;
  }
  return counts;
}

/**
 * The trained m, u and λ beside the labelled truth: m over every pair of records of one person
 * (the population m, whichever pairs blocking finds), u over the random pairs that are truly
 * two people, λ as the true share of matches among the candidate pairs.
 */
export function validate(run: TrainingRun): Validation {
  const { records, pairs, vectors, model } = run;
  const same = (pair: readonly [number, number]) => records[pair[0]]!.truthId === records[pair[1]]!.truthId;
  const labelledM = shares(vectorsOf(records, truePairs(records)));
  const labelledU = shares(vectors.random.filter((_, i) => !same(pairs.random[i]!)));
  const rows = Object.entries(model.comparisons).flatMap(([field, levels]) =>
    Object.entries(levels).map(([level, { m, u }]) => ({
      field,
      level,
      m,
      labelledM: labelledM[field]?.[level] ?? 0,
      u,
      labelledU: labelledU[field]?.[level] ?? 0,
      weight: Math.log2(m / u),
    })),
  );
  const found = pairs.candidates.filter(same).length;
  return { rows, lambda: model.lambda, labelledLambda: found / pairs.candidates.length, truePairs: truePairs(records).length, truePairsFound: found };
}

const fixed = (value: number, digits = 4) => value.toFixed(digits).padStart(digits + 3);
const small = (value: number) => (value < 0.001 && value > 0 ? value.toExponential(1) : value.toFixed(4)).padStart(8);

/** The validation as a plain-text table for the terminal. */
export function validationTable(validation: Validation): string {
  const header = `${"field".padEnd(13)} ${"level".padEnd(11)} ${"m (EM)".padStart(7)} ${"m (labelled)".padStart(12)} ${"u".padStart(8)} ${"u (labelled)".padStart(12)} ${"log2(m/u)".padStart(9)}`;
  const lines = validation.rows.map(
    (row) =>
      `${row.field.padEnd(13)} ${row.level.padEnd(11)} ${fixed(row.m)} ${fixed(row.labelledM).padStart(12)} ${small(row.u)} ${small(row.labelledU).padStart(12)} ${row.weight.toFixed(2).padStart(9)}`,
  );
  const lambda = `λ (share of matches among candidate pairs): EM ${validation.lambda.toFixed(4)}, labelled ${validation.labelledLambda.toFixed(4)}`;
  const recall = `blocking finds ${validation.truePairsFound} of ${validation.truePairs} pairs of records of one person`;
  return [header, ...lines, "", lambda, recall].join("\n");
}
