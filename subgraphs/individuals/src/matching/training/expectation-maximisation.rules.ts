import { missingLevel, type ComparisonVector, type LevelProbabilities } from "./comparison-vector.model.ts";

/**
 * Fellegi–Sunter parameters estimated by expectation–maximisation (Winkler, W. E. (1988), "Using
 * the EM algorithm for weight computation in the Fellegi–Sunter model of record linkage", Proc.
 * Section on Survey Research Methods, ASA; the model is Fellegi & Sunter (1969)). A pair is a
 * match with probability λ; given its class, fields agree independently (conditional
 * independence), at level l with probability m(l) for a match and u(l) for a non-match.
 * As Splink's `estimate_parameters_using_expectation_maximisation` does by default
 * (`fix_u_probabilities=True`), u stays at its direct estimate from random pairs and only λ and
 * m move; `fixU: false` re-estimates u too. A MISSING level adds nothing to a pair's
 * likelihood nor to any count. Identical vectors are tallied once (fastLink's pattern counts),
 * so a run costs patterns × iterations, not pairs × iterations.
 */
export interface EmOptions {
  /** Starting m for every field estimated (every level `u` has for it). */
  initialM: LevelProbabilities;
  /** u for every field in the model: fixed, or the starting point when `fixU` is false. */
  u: LevelProbabilities;
  /** Starting share of matches among the pairs. */
  lambda: number;
  /** Keep u as given (Splink's default); false re-estimates it with m. */
  fixU?: boolean;
  /** Keep m as given too, estimating only λ (the share of matches in a set of pairs, once m is trained). */
  fixM?: boolean;
  /** The comparisons in the model; others are ignored (a training session's blocked-on fields). Default: every field of `u`. */
  fields?: readonly string[];
  maxIterations?: number;
  /** Stop once no probability (λ, m, and u when it moves) changes by this much in an iteration. */
  tolerance?: number;
  /** Pseudo-count added to each level's expected count in the M-step (a Dirichlet prior); 0 is plain EM. */
  pseudoCount?: number;
}

export interface EmResult {
  m: LevelProbabilities;
  u: LevelProbabilities;
  lambda: number;
  iterations: number;
  converged: boolean;
  /** The observed-data log-likelihood Σ log(λ·M + (1−λ)·U) at the start of each iteration: it never falls. */
  logLikelihood: number[];
}

/** The vectors as patterns: each field's level index (−1 for MISSING), with how many pairs share it. */
interface Patterns {
  fields: string[];
  levels: string[][];
  rows: { level: Int32Array; count: number }[];
  total: number;
}

function tallyPatterns(vectors: Iterable<ComparisonVector>, fields: string[], u: LevelProbabilities): Patterns {
  const levels = fields.map((field) => Object.keys(u[field] ?? {}));
  const indexOf = levels.map((list) => new Map(list.map((level, index) => [level, index])));
  const byKey = new Map<string, { level: Int32Array; count: number }>();
  let total = 0;
  for (const vector of vectors) {
    const level = new Int32Array(fields.length);
    fields.forEach((field, f) => {
      const value = vector[field] ?? missingLevel;
      const index = value === missingLevel ? -1 : indexOf[f]!.get(value);
      if (index === undefined) throw new Error(`${field} reached level ${value}, which u does not give`);
      level[f] = index;
    });
    const key = level.join(",");
    const row = byKey.get(key) ?? { level, count: 0 };
    row.count += 1;
    byKey.set(key, row);
    total += 1;
  }
  return { fields, levels, rows: [...byKey.values()], total };
}

const table = (patterns: Patterns, source: LevelProbabilities, what: string) =>
  patterns.fields.map((field, f) =>
    patterns.levels[f]!.map((level) => {
      const value = source[field]?.[level];
      if (value === undefined) throw new Error(`no ${what} for ${field} ${level}`);
      return value;
    }),
  );

const asProbabilities = (patterns: Patterns, values: number[][]): LevelProbabilities =>
  Object.fromEntries(patterns.fields.map((field, f) => [field, Object.fromEntries(patterns.levels[f]!.map((level, l) => [level, values[f]![l]!]))]));

/** Expected counts of each level among matches and non-matches, given the current parameters (the E-step). */
function expectation(patterns: Patterns, lambda: number, m: number[][], u: number[][]) {
  const matchCounts = m.map((row) => row.map(() => 0));
  const nonMatchCounts = u.map((row) => row.map(() => 0));
  let matches = 0;
  let logLikelihood = 0;
  for (const { level, count } of patterns.rows) {
    let logM = Math.log(lambda);
    let logU = Math.log(1 - lambda);
    level.forEach((l, f) => {
      if (l < 0) return;
      logM += Math.log(m[f]![l]!);
      logU += Math.log(u[f]![l]!);
    });
    const top = Math.max(logM, logU);
    logLikelihood += count * (top + Math.log(Math.exp(logM - top) + Math.exp(logU - top)));
    const posterior = 1 / (1 + Math.exp(logU - logM));
    matches += count * posterior;
    level.forEach((l, f) => {
      if (l < 0) return;
      matchCounts[f]![l]! += count * posterior;
      nonMatchCounts[f]![l]! += count * (1 - posterior);
    });
  }
  return { matches, matchCounts, nonMatchCounts, logLikelihood };
}

/** Each field's expected counts as probabilities (the M-step), with `pseudoCount` added to each level. */
const maximise = (counts: number[][], pseudoCount: number) =>
  counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0) + pseudoCount * row.length;
    return row.map((count) => (total > 0 ? (count + pseudoCount) / total : 1 / row.length));
  });

const largestChange = (before: number[][], after: number[][]) =>
  Math.max(0, ...before.flatMap((row, f) => row.map((value, l) => Math.abs(value - after[f]![l]!))));

/** λ and m (and u, unless fixed) that maximise the likelihood of the pairs, by EM from the starting values given. Deterministic. */
export function estimateByEm(vectors: Iterable<ComparisonVector>, options: EmOptions): EmResult {
  const { fixU = true, fixM = false, maxIterations = 200, tolerance = 1e-6, pseudoCount = 0 } = options;
  const fields = [...(options.fields ?? Object.keys(options.u))];
  const patterns = tallyPatterns(vectors, fields, options.u);
  let m = table(patterns, options.initialM, "m");
  let u = table(patterns, options.u, "u");
  let lambda = options.lambda;
  const logLikelihood: number[] = [];
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    const expected = expectation(patterns, lambda, m, u);
    logLikelihood.push(expected.logLikelihood);
    const next = {
      lambda: patterns.total > 0 ? expected.matches / patterns.total : lambda,
      m: fixM ? m : maximise(expected.matchCounts, pseudoCount),
      u: fixU ? u : maximise(expected.nonMatchCounts, pseudoCount),
    };
    const change = Math.max(Math.abs(next.lambda - lambda), largestChange(m, next.m), largestChange(u, next.u));
    ({ lambda, m, u } = next);
    iterations += 1;
    converged = change < tolerance;
  }
  return { m: asProbabilities(patterns, m), u: asProbabilities(patterns, u), lambda, iterations, converged, logLikelihood };
}
