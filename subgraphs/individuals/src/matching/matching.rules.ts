import type { FieldComparison, MatchField } from "./agreement.model.ts";
import {
  compareAddresses,
  compareBirthDates,
  compareFamilyNames,
  compareGivenNames,
  compareMiddleNames,
  compareSexes,
  compareSuffixes,
} from "./demographic-comparison.rules.ts";
import type { Candidate, Face, FaceSource, PersonEvidence } from "./evidence.model.ts";
import { compareIdentifiers } from "./identifier-comparison.rules.ts";
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

function compareFaces(a: Face, b: Face): FieldComparison[] {
  return [
    weigh("GIVEN_NAME", compareGivenNames(a, b)),
    weigh("MIDDLE_NAME", compareMiddleNames(a, b)),
    weigh("FAMILY_NAME", compareFamilyNames(a, b)),
    weigh("SUFFIX", compareSuffixes(a, b)),
    weigh("BIRTH_DATE", compareBirthDates(a.birthDate, b.birthDate)),
    weigh("SEX", compareSexes(a, b)),
    weigh("ADDRESS", compareAddresses(a, b)),
  ];
}

/**
 * Scores a newcomer against one existing person: the best-agreeing pair of faces (so a maiden
 * name or a merged record's spelling counts), plus the identifiers both carry.
 */
export function assess(probe: PersonEvidence, candidate: Candidate): Assessment {
  let best: { reasons: FieldComparison[]; score: number; via: FaceSource } | undefined;
  for (const mine of probe.faces) {
    for (const theirs of candidate.faces) {
      const reasons = compareFaces(mine, theirs);
      const score = sum(reasons);
      if (!best || score > best.score) best = { reasons, score, via: theirs.source };
    }
  }
  const reasons = [...(best?.reasons ?? []), ...compareIdentifiers(probe, candidate)];
  return { candidateId: candidate.id, score: sum(reasons), reasons, via: best?.via ?? "RECORD" };
}

const agreementOf = (assessment: Assessment, field: MatchField) => assessment.reasons.find((r) => r.field === field)?.agreement;

/** A conflicting SSN or same-state Medicaid ID: the two records are never merged by the machine. */
export const hasConflictingIdentifier = (assessment: Assessment) =>
  assessment.reasons.some((r) => (r.field === "SSN" || r.field === "MEDICAID_ID") && r.agreement === "CONFLICT");

/**
 * What the machine may merge without a person looking: besides a score over the threshold, the
 * given name and date of birth must agree at least as a typo would, sex and suffix may not
 * differ, and no identifier may conflict. A familiar form or a misspelling of the given name
 * also needs a second witness (the SSN's last four or the middle name), because that is how
 * twins differ (Mary and Maria, same family, birth date and home). Twins with other names and
 * father/son (JR/SR) therefore reach a reviewer instead of being merged.
 */
export function mayMatchAutomatically(assessment: Assessment, matchThreshold: number): boolean {
  const given = agreementOf(assessment, "GIVEN_NAME");
  const born = agreementOf(assessment, "BIRTH_DATE");
  const witnessed =
    ["EXACT", "LAST_FOUR"].includes(agreementOf(assessment, "SSN") ?? "") || ["EXACT", "INITIAL"].includes(agreementOf(assessment, "MIDDLE_NAME") ?? "");
  return (
    assessment.score >= matchThreshold &&
    !hasConflictingIdentifier(assessment) &&
    (given === "EXACT" || ((given === "NICKNAME" || given === "SIMILAR") && witnessed)) &&
    (born === "EXACT" || born === "TRANSPOSED" || born === "TYPO") &&
    agreementOf(assessment, "SEX") !== "DIFFERENT" &&
    agreementOf(assessment, "SUFFIX") !== "DIFFERENT"
  );
}

/**
 * An identifier says "this person", but the demographics say someone else: the birth date
 * differs beyond a keying error and neither name agrees. Attaching would overlay two people.
 */
export function contradictsIdentifier(assessment: Assessment): boolean {
  const agrees = (field: MatchField) => !["DIFFERENT", "MISSING"].includes(agreementOf(assessment, field) ?? "MISSING");
  return agreementOf(assessment, "BIRTH_DATE") === "DIFFERENT" && !agrees("GIVEN_NAME") && !agrees("FAMILY_NAME");
}
