import { levelsOf, mergeLevels, type ComparisonVector, type LevelProbabilities } from "./comparison-vector.model.ts";
import { estimateByEm, type EmResult } from "./expectation-maximisation.rules.ts";
import { termFrequencies, type TermFrequencies } from "./term-frequency.rules.ts";
import { trainingPairs, trainingRecords, vectorsOf, registeredOn, type TrainingRecord } from "./training-data.ts";
import { guessInitialM, trainBySessions, type SessionResult } from "./training-sessions.rules.ts";
import { estimateU, uPseudoCount } from "./u-estimation.rules.ts";
import { termFrequencyForms } from "./vector-of.ts";

export interface TrainingSettings {
  seed: number;
  records: number;
  randomPairs: number;
  maxIterations: number;
  tolerance: number;
  /** Added to each level's expected count in EM's M-step, so no level's m is 0 (an infinite negative weight). */
  mPseudoCount: number;
  /** A name seen fewer times gets no term frequency of its own. */
  tfMinCount: number;
}

export const defaultTrainingSettings: TrainingSettings = {
  // Not one of the seeds the quality test judges (test/support/quality.ts): the model is not fitted to them.
  seed: 1,
  records: 20_000,
  randomPairs: 200_000,
  maxIterations: 500,
  tolerance: 1e-6,
  mPseudoCount: 1,
  tfMinCount: 5,
};

/** The trained model as `src/matching/model/trained-model.json` holds it. */
export interface TrainedModel {
  lambda: number;
  comparisons: Record<string, Record<string, { m: number; u: number }>>;
  termFrequencies: { GIVEN_NAME: Record<string, number>; FAMILY_NAME: Record<string, number> };
  provenance: Record<string, unknown>;
}

/** What training saw and estimated, beside the truth the generator knows, for the validation table. */
export interface TrainingRun {
  model: TrainedModel;
  records: TrainingRecord[];
  vectors: { random: ComparisonVector[]; candidates: ComparisonVector[] };
  pairs: ReturnType<typeof trainingPairs>;
  sessions: SessionResult[];
}

/** Six significant digits: enough for any weight, and the same text on every machine. */
const rounded = (value: number) => Number(value.toPrecision(6));

/**
 * The whole training, deterministic for its settings: seeded synthetic registrations; u from
 * random pairs; m by EM in two sessions (same names, same SSN) with u fixed; then λ,
 * the share of matches among the candidates blocking finds, by EM with m and u fixed; and
 * term frequencies of given and family names.
 */
export function trainMatchingModel(settings: TrainingSettings = defaultTrainingSettings): TrainingRun {
  const { records, refused } = trainingRecords(settings.seed, settings.records);
  const pairs = trainingPairs(records, settings.randomPairs, settings.seed);
  const vectors = {
    random: vectorsOf(records, pairs.random),
    candidates: vectorsOf(records, pairs.candidates),
    sameNames: vectorsOf(records, pairs.sameNames),
    sameSsn: vectorsOf(records, pairs.sameSsn),
  };
  const levels = mergeLevels(levelsOf(vectors.candidates), mergeLevels(levelsOf(vectors.sameNames), levelsOf(vectors.sameSsn)));
  const u = estimateU(vectors.random, { levels });
  const em = { u, lambda: 0.1, maxIterations: settings.maxIterations, tolerance: settings.tolerance, pseudoCount: settings.mPseudoCount };
  const trained = trainBySessions(
    [
      { name: "same given and family name", vectors: vectors.sameNames, fixedComparisons: ["GIVEN_NAME", "FAMILY_NAME"] },
      // Not block_on(dob), Splink's other usual rule: in this population a shared birth date
      // gathers twins, who share the family name and the home as well. EM's model assumes the
      // comparisons independent given match status; twins break that, are counted as matches,
      // and teach that one person's records often show two SSNs and two given names (m 0.04-0.05
      // where the labels say ~0), which would send every pair of twins to review. Records sharing a
      // full SSN are one person almost always, so there m is learnt from records of one person.
      { name: "same SSN", vectors: vectors.sameSsn, fixedComparisons: ["SSN"] },
    ],
    { ...em, initialM: guessInitialM(vectors.candidates, u) },
  );
  const prior = estimateByEm(vectors.candidates, { ...em, initialM: trained.m, fixM: true });
  const tf = nameFrequencies(records, settings.tfMinCount);
  const model: TrainedModel = {
    lambda: rounded(prior.lambda),
    comparisons: comparisonsOf(trained.m, u),
    termFrequencies: { GIVEN_NAME: roundedValues(tf.GIVEN_NAME.frequencies), FAMILY_NAME: roundedValues(tf.FAMILY_NAME.frequencies) },
    provenance: provenanceOf(settings, { refused, pairs, sessions: trained.sessions, prior, tf }),
  };
  return { model, records, vectors, pairs, sessions: trained.sessions };
}

/** Given and family names of every record (its own name, in the forms the comparison calls exact), duplicates of a person included, as Splink counts. */
function nameFrequencies(records: readonly TrainingRecord[], minCount: number): Record<"GIVEN_NAME" | "FAMILY_NAME", TermFrequencies> {
  const names = records.map((record) => record.evidence.faces[0]!);
  return {
    GIVEN_NAME: termFrequencies(
      names.map((face) => face.givenName),
      { minCount, normalise: termFrequencyForms.GIVEN_NAME },
    ),
    FAMILY_NAME: termFrequencies(
      names.map((face) => face.familyName),
      { minCount, normalise: termFrequencyForms.FAMILY_NAME },
    ),
  };
}

/** How the model was made, enough to make it again: settings, counts, each EM run's iterations. No date, so the file is the same on every run. */
function provenanceOf(
  settings: TrainingSettings,
  run: { refused: number; pairs: ReturnType<typeof trainingPairs>; sessions: SessionResult[]; prior: EmResult; tf: ReturnType<typeof nameFrequencies> },
) {
  const { tf } = run;
  return {
    command: "npm run train:matching",
    method:
      "Fellegi–Sunter (1969) with conditional independence. u: direct estimate from random record pairs (Splink estimate_u_using_random_sampling), MISSING excluded, add-one smoothing. m: EM (Winkler 1988) with u fixed (Splink estimate_parameters_using_expectation_maximisation), one session per training blocking rule with its blocked-on comparisons deactivated, m averaged over the sessions that left a comparison free. lambda: EM over the candidate pairs with m and u fixed.",
    lambda: "share of true matches among the candidate pairs: pairs of records sharing any blocking key (blocking.rules.ts)",
    data: {
      generator: "syntheticRegistrations (src/demo/synthetic/population.ts)",
      seed: settings.seed,
      records: settings.records,
      refused: run.refused,
      registeredOn,
    },
    pairs: { random: run.pairs.random.length, candidates: run.pairs.candidates.length },
    u: { pseudoCount: uPseudoCount },
    m: {
      pseudoCount: settings.mPseudoCount,
      tolerance: settings.tolerance,
      maxIterations: settings.maxIterations,
      sessions: run.sessions.map((s) => ({
        name: s.name,
        blockedOn: s.fixedComparisons,
        pairs: s.pairs,
        iterations: s.iterations,
        converged: s.converged,
        lambda: rounded(s.lambda),
      })),
    },
    lambdaEstimation: { iterations: run.prior.iterations, converged: run.prior.converged },
    termFrequencies: {
      forms: { GIVEN_NAME: "first word of the given name in matching form", FAMILY_NAME: "family name in compact matching form" },
      minCount: settings.tfMinCount,
      totals: { GIVEN_NAME: tf.GIVEN_NAME.total, FAMILY_NAME: tf.FAMILY_NAME.total },
      floor: { GIVEN_NAME: rounded(settings.tfMinCount / tf.GIVEN_NAME.total), FAMILY_NAME: rounded(settings.tfMinCount / tf.FAMILY_NAME.total) },
      absentValue: "a name not listed was seen fewer than minCount times: use the floor (minCount / total) as its frequency",
    },
  };
}

const roundedValues = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, rounded(value)]));

/** Each field's levels with m and u, strongest evidence for a match first. */
function comparisonsOf(m: LevelProbabilities, u: LevelProbabilities): TrainedModel["comparisons"] {
  return Object.fromEntries(
    Object.entries(u).map(([field, levels]) => {
      const ordered = Object.keys(levels).sort((a, b) => m[field]![b]! / levels[b]! - m[field]![a]! / levels[a]!);
      return [field, Object.fromEntries(ordered.map((level) => [level, { m: rounded(m[field]![level]!), u: rounded(levels[level]!) }]))];
    }),
  );
}
