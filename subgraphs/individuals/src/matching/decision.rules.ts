import { isDecidedNonMatch, mayMatchAutomatically, type Assessment } from "./matching.rules.ts";

export interface MatchThresholds {
  /** At or above: the machine may attach the newcomer to the person (with the guards of mayMatchAutomatically). */
  match: number;
  /** At or above: a person reviews the pair. Below: a new person is created. */
  review: number;
  /** How many candidates a review lists at most, best first. */
  reviewListSize: number;
}

export type MatchDecision = { outcome: "MATCHED"; match: Assessment } | { outcome: "POSSIBLE_DUPLICATE"; candidates: Assessment[] } | { outcome: "CREATED" };

/** Pairs a reviewer judged to be different people, asked as "are these two known to be distinct?". */
export type DistinctPairs = (a: string, b: string) => boolean;

/**
 * The Fellegi–Sunter decision with two thresholds (match / clerical review / non-match):
 * MATCHED only when the best candidate passes the automatic-match guards and no other
 * candidate is plausible too (unless a reviewer already said that one is someone else);
 * POSSIBLE_DUPLICATE when any candidate reaches the review threshold and is not decided to be
 * someone else (isDecidedNonMatch); otherwise CREATED.
 */
export function decide(assessments: Assessment[], thresholds: MatchThresholds, distinct: DistinctPairs = () => false): MatchDecision {
  const plausible = assessments
    .filter((a) => a.score >= thresholds.review && !isDecidedNonMatch(a))
    .sort((a, b) => b.score - a.score || a.candidateId.localeCompare(b.candidateId));
  const [best, ...others] = plausible;
  if (!best) return { outcome: "CREATED" };
  const rivals = others.filter((other) => !distinct(best.candidateId, other.candidateId));
  if (rivals.length === 0 && mayMatchAutomatically(best, thresholds.match)) return { outcome: "MATCHED", match: best };
  return { outcome: "POSSIBLE_DUPLICATE", candidates: [best, ...rivals].slice(0, thresholds.reviewListSize) };
}
