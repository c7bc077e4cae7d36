import { missingLevel, type ComparisonVector, type LevelProbabilities } from "./comparison-vector.model.ts";
import { estimateByEm, type EmOptions, type EmResult } from "./expectation-maximisation.rules.ts";

/** Pairs found by one training blocking rule, and the comparisons that rule blocked on. */
export interface TrainingSession {
  name: string;
  vectors: ComparisonVector[];
  /** Fields the pairs were chosen by: their m here says more about the rule than about people, so they sit the session out. */
  fixedComparisons: readonly string[];
}

export interface SessionResult extends Omit<EmResult, "u"> {
  name: string;
  pairs: number;
  fixedComparisons: readonly string[];
}

/**
 * m trained in several EM sessions, each on the pairs of a different blocking rule, as Splink
 * does (`estimate_parameters_using_expectation_maximisation(blocking_rule)`, called once per
 * rule; "Blocking for Model Training"): pairs blocked on a field agree on it by construction,
 * so a session leaves the fields it blocked on out of the model (Splink's
 * `comparisons_to_deactivate`, by default the blocking rule's) and estimates m for the rest. A
 * field's m is then the mean of its estimates over the sessions that left it free (Splink takes
 * the median per level, the same for two sessions; the mean keeps each field's m summing to 1).
 * u stays fixed throughout, as Splink's default.
 */
export function trainBySessions(
  sessions: readonly TrainingSession[],
  options: Omit<EmOptions, "fields" | "fixM">,
): { m: LevelProbabilities; sessions: SessionResult[] } {
  const fields = Object.keys(options.u);
  const results = sessions.map((session): SessionResult => {
    const free = fields.filter((field) => !session.fixedComparisons.includes(field));
    const { u: _u, ...result } = estimateByEm(session.vectors, { ...options, fields: free });
    return { name: session.name, pairs: session.vectors.length, fixedComparisons: session.fixedComparisons, ...result };
  });
  const m: LevelProbabilities = {};
  for (const field of fields) {
    const estimates = results.filter((result) => result.m[field]).map((result) => result.m[field]!);
    if (estimates.length === 0) throw new Error(`${field} is blocked on in every session: no session can estimate its m`);
    m[field] = Object.fromEntries(Object.keys(options.u[field]!).map((level) => [level, mean(estimates.map((estimate) => estimate[level]!))]));
  }
  return { m, sessions: results };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Starting m for EM from the data alone, so the trainer needs no hand-set weights: a level's
 * share among blocked pairs p (add-one smoothed, so no level starts at 0, where EM would keep
 * it), tilted towards the levels blocking enriches over random pairs: m₀ ∝ p² / u. EM moves
 * from there; a start on the right side (agreeing levels likelier among matches) is all it needs.
 */
export function guessInitialM(vectors: Iterable<ComparisonVector>, u: LevelProbabilities): LevelProbabilities {
  const counts: Record<string, Record<string, number>> = Object.fromEntries(
    Object.entries(u).map(([field, levels]) => [field, Object.fromEntries(Object.keys(levels).map((level) => [level, 1]))]),
  );
  for (const vector of vectors) {
    for (const [field, level] of Object.entries(vector)) {
      if (level !== missingLevel && counts[field]?.[level] !== undefined) counts[field]![level]! += 1;
    }
  }
  return Object.fromEntries(
    Object.entries(counts).map(([field, tally]) => {
      const total = Object.values(tally).reduce((sum, count) => sum + count, 0);
      const tilted = Object.entries(tally).map(([level, count]) => [level, (count / total) ** 2 / u[field]![level]!] as const);
      const norm = tilted.reduce((sum, [, value]) => sum + value, 0);
      return [field, Object.fromEntries(tilted.map(([level, value]) => [level, value / norm]))];
    }),
  );
}
