import type { Agreement, ComparisonVector, FieldComparison, MatchField } from "./agreement.model.ts";
import {
  compareAddresses,
  compareBirthDates,
  compareMiddleNames,
  compareNames,
  compareSexes,
  compareSuffixes,
  nameValueOf,
} from "./demographic-comparison.rules.ts";
import type { Candidate, Face, FaceSource, PersonEvidence } from "./evidence.model.ts";
import { compareMedicaidIds, compareMedicareNumbers, compareSsns } from "./identifier-comparison.rules.ts";
import { matchModel } from "./model/match-model.ts";
import type { MatchModel } from "./model/match-model.validation.ts";
import { weigh } from "./weights.rules.ts";

/** A candidate's total score with the per-field reasons behind it: what a reviewer reads. */
export interface Assessment {
  candidateId: string;
  score: number;
  reasons: FieldComparison[];
  /** Which of the candidate's faces agreed best: its record, a previous name, or a record merged into it. */
  via: FaceSource;
}

const sum = (comparisons: FieldComparison[]) => Math.round(comparisons.reduce((total, c) => total + c.weight, 0) * 100) / 100;

function faceLevels(a: Face, b: Face): [MatchField, Agreement][] {
  const names = compareNames(a, b);
  return [
    ["GIVEN_NAME", names.given],
    ["MIDDLE_NAME", compareMiddleNames(a, b)],
    ["FAMILY_NAME", names.family],
    ["SUFFIX", compareSuffixes(a, b)],
    ["BIRTH_DATE", compareBirthDates(a.birthDate, b.birthDate)],
    ["SEX", compareSexes(a, b)],
    ["ADDRESS", compareAddresses(a, b)],
  ];
}

const compareFaces = (a: Face, b: Face, model: MatchModel): FieldComparison[] =>
  faceLevels(a, b).map(([field, level]) => weigh(field, level, model, field === "GIVEN_NAME" || field === "FAMILY_NAME" ? nameValueOf(field, a) : undefined));

/**
 * Scores a newcomer against one existing person: the best-agreeing pair of faces (so a maiden
 * name or a merged record's spelling counts), plus the identifiers both carry.
 */
export function assess(probe: PersonEvidence, candidate: Candidate, model: MatchModel = matchModel): Assessment {
  let best: { reasons: FieldComparison[]; score: number; via: FaceSource } | undefined;
  for (const mine of probe.faces) {
    for (const theirs of candidate.faces) {
      const reasons = compareFaces(mine, theirs, model);
      const score = sum(reasons);
      if (!best || score > best.score) best = { reasons, score, via: theirs.source };
    }
  }
  const identifiers: [MatchField, Agreement][] = [
    ["SSN", compareSsns(probe, candidate)],
    ["MEDICAID_ID", compareMedicaidIds(probe, candidate)],
    ["MEDICARE_MBI", compareMedicareNumbers(probe, candidate)],
  ];
  const reasons = [...(best?.reasons ?? []), ...identifiers.map(([field, level]) => weigh(field, level, model))];
  return { candidateId: candidate.id, score: sum(reasons), reasons, via: best?.via ?? "RECORD" };
}

/**
 * The comparison levels of a pair, one per field (MISSING when either side lacks the value):
 * what the EM trainer counts. The faces compared are the best-agreeing pair under `model`.
 */
export function comparisonVector(probe: PersonEvidence, candidate: PersonEvidence, model: MatchModel = matchModel): ComparisonVector {
  const { reasons } = assess(probe, { id: "", ...candidate }, model);
  return Object.fromEntries(reasons.map((r) => [r.field, r.agreement])) as ComparisonVector;
}

const agreementOf = (assessment: Assessment, field: MatchField) => assessment.reasons.find((r) => r.field === field)?.agreement;

/** A conflicting SSN or same-state Medicaid ID: the two records are never merged by the machine. */
export const hasConflictingIdentifier = (assessment: Assessment) =>
  assessment.reasons.some((r) => (r.field === "SSN" || r.field === "MEDICAID_ID") && r.agreement === "CONFLICT");

/** Given-name levels that say "another name", however close its spelling (Jane and June are twins' names too). */
const otherGivenName: ReadonlySet<Agreement> = new Set(["DIFFERENT", "ONE_EDIT", "PHONETIC", "SIMILAR"]);

/**
 * Two people, decided: the records carry two valid SSNs (or Medicaid IDs of one state) more than a
 * keying error apart, and given names that are not one name (not the same, a familiar form of it,
 * an initial, or the names swapped). Each says "someone else" on its own; together they are how
 * twins, who share a family name, a birth date and a home, differ, and issue 21 asks that such a
 * pair is not put before a reviewer ("staff time spent on a decided case"). One person's records
 * showing both a misspelt given name and an SSN more than one keying error off is the rarer case.
 * With only one of the two, the score weighs it and a reviewer may still see the pair.
 */
export const isDecidedNonMatch = (assessment: Assessment) =>
  hasConflictingIdentifier(assessment) && otherGivenName.has(agreementOf(assessment, "GIVEN_NAME") ?? "MISSING");

/**
 * What the machine may merge without a person looking: a score over the threshold, and none of
 * the two vetoes: a conflicting SSN or same-state Medicaid ID (issue 3), a different generational
 * suffix (father and son, JR/SR, share name, home and often most of a birth date). Everything
 * else, a nickname, a misspelling, a mistyped date or SSN digit, is weighed by the score alone
 * (issue 21: guards on exact given name and birth date sent every corrupted record to review).
 */
export function mayMatchAutomatically(assessment: Assessment, matchThreshold: number): boolean {
  return assessment.score >= matchThreshold && !hasConflictingIdentifier(assessment) && agreementOf(assessment, "SUFFIX") !== "DIFFERENT";
}

/**
 * An identifier says "this person", but the demographics say someone else: the birth date
 * differs beyond a keying error and neither name agrees. Attaching would overlay two people.
 */
export function contradictsIdentifier(assessment: Assessment): boolean {
  const agrees = (field: MatchField) => !["DIFFERENT", "MISSING"].includes(agreementOf(assessment, field) ?? "MISSING");
  return agreementOf(assessment, "BIRTH_DATE") === "DIFFERENT" && !agrees("GIVEN_NAME") && !agrees("FAMILY_NAME");
}
