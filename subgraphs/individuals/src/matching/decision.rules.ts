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
 * How much likelier, in bits, the best candidate is than all its rivals together, under the
 * one-to-one assumption (the newcomer is at most one of the people in the index, each equally
 * likely beforehand): the scores are log2 Bayes factors, so the odds that a given rival rather
 * than the best is the person are 2^(rival − best), and that any rival is, Σ 2^(rival − best).
 * Summed as a log-sum-exp from the largest, so no 2^score overflows or underflows.
 */
export function marginOverRivals(best: Assessment, rivals: Assessment[]): number {
  if (rivals.length === 0) return Infinity;
  const top = Math.max(...rivals.map((r) => r.score));
  const together = top + Math.log2(rivals.reduce((total, r) => total + 2 ** (r.score - top), 0));
  return best.score - together;
}

/**
 * The Fellegi–Sunter decision with two thresholds (match / clerical review / non-match;
 * Fellegi & Sunter, "A Theory for Record Linkage", JASA 64, 1969), one newcomer against many
 * people. MATCHED when the best candidate passes the automatic-match guards and is likelier than
 * all its plausible rivals together (marginOverRivals) by at least the gap between the match and
 * the review thresholds: the same evidence the model asks of a pair to go from "a person should
 * look" to "the machine may merge" it asks of the best over its rivals. A rival is a candidate at
 * or above the review threshold that a reviewer has not already said is someone else (distinct)
 * and that is not decided to be someone else (isDecidedNonMatch). A rival the machine could merge
 * on its own (mayMatchAutomatically) always stops the match, however strong the best: two people
 * in the index who each could be the newcomer are likely a duplicate already, for a reviewer.
 * Otherwise POSSIBLE_DUPLICATE, listing the best and its rivals, when any candidate is
 * plausible; CREATED when none is. (Issue 21: every rival at the review threshold stopping the
 * match sent ~26 % of near-duplicates to review at 1,000,000 people, strangers who share a broad
 * blocking key reaching 10 bits beside a best at 40.)
 */
export function decide(assessments: Assessment[], thresholds: MatchThresholds, distinct: DistinctPairs = () => false): MatchDecision {
  const plausible = assessments
    .filter((a) => a.score >= thresholds.review && !isDecidedNonMatch(a))
    .sort((a, b) => b.score - a.score || a.candidateId.localeCompare(b.candidateId));
  const [best, ...others] = plausible;
  if (!best) return { outcome: "CREATED" };
  const rivals = others.filter((other) => !distinct(best.candidateId, other.candidateId));
  const unambiguous =
    !rivals.some((rival) => mayMatchAutomatically(rival, thresholds.match)) && marginOverRivals(best, rivals) >= thresholds.match - thresholds.review;
  if (unambiguous && mayMatchAutomatically(best, thresholds.match)) return { outcome: "MATCHED", match: best };
  return { outcome: "POSSIBLE_DUPLICATE", candidates: [best, ...rivals].slice(0, thresholds.reviewListSize) };
}
