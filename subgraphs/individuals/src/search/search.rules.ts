import type { Agreement, FieldComparison } from "../matching/agreement.model.ts";
import type { SearchCriteria } from "../matching/blocking.rules.ts";
import { compareBirthDates, compareFamilyNames, compareGivenNames } from "../matching/demographic-comparison.rules.ts";
import type { Candidate, Face } from "../matching/evidence.model.ts";
import type { Assessment } from "../matching/matching.rules.ts";
import { weigh } from "../matching/weights.rules.ts";

/**
 * Agreements a search accepts for each field it was given: tolerant of typos and nicknames, not
 * of other people. A field the person's record lacks (MISSING, issue 21) does not exclude them:
 * it is missing evidence, weighs nothing, and the reasons show it.
 */
const accepted: Record<"GIVEN_NAME" | "FAMILY_NAME" | "BIRTH_DATE", Agreement[]> = {
  GIVEN_NAME: ["EXACT", "NICKNAME", "ONE_EDIT", "PHONETIC", "SIMILAR", "INITIAL", "MISSING"],
  FAMILY_NAME: ["EXACT", "ONE_EDIT", "PHONETIC", "PART", "SIMILAR", "MISSING"],
  BIRTH_DATE: ["EXACT", "DAY_MONTH_SWAP", "ONE_DIGIT", "DIGITS_TRANSPOSED", "MISSING"],
};

function compareWithCriteria(criteria: SearchCriteria, face: Face): FieldComparison[] {
  const asked: Face = { ...face, givenName: criteria.givenName ?? "", familyName: criteria.familyName ?? "" };
  return [
    ...(criteria.givenName ? [weigh("GIVEN_NAME", compareGivenNames(asked, face))] : []),
    ...(criteria.familyName ? [weigh("FAMILY_NAME", compareFamilyNames(asked, face))] : []),
    ...(criteria.birthDate ? [weigh("BIRTH_DATE", compareBirthDates(criteria.birthDate, face.birthDate))] : []),
  ];
}

/**
 * How well a person answers a search, over all the names they are known by; null when a field
 * asked for disagrees beyond a typo or a nickname. Scored with the matching weights.
 */
export function searchAssessment(criteria: SearchCriteria, candidate: Candidate): Assessment | null {
  let best: Assessment | null = null;
  for (const face of candidate.faces) {
    const reasons = compareWithCriteria(criteria, face);
    if (!reasons.every((r) => accepted[r.field as keyof typeof accepted].includes(r.agreement))) continue;
    const score = Math.round(reasons.reduce((total, r) => total + r.weight, 0) * 100) / 100;
    if (!best || score > best.score) best = { candidateId: candidate.id, score, reasons, via: face.source };
  }
  return best;
}

/** Results best first: the higher score, then the older id (a stable order for paging). */
export const bestFirst = (a: Assessment, b: Assessment) => b.score - a.score || a.candidateId.localeCompare(b.candidateId);
