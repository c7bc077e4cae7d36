import type { Agreement } from "./agreement.model.ts";
import { oneKeyingError } from "./edit-distance.rules.ts";
import type { IdentifierValue, PersonEvidence } from "./evidence.model.ts";

const valuesOf = (evidence: PersonEvidence, type: IdentifierValue["type"]) => evidence.identifiers.filter((identifier) => identifier.type === type);

/** The last four digits a record knows: from its full SSN, else the four a partner gave. */
export const lastFourOf = (evidence: PersonEvidence): string | null => valuesOf(evidence, "SSN")[0]?.value.slice(5) ?? evidence.ssnLastFour;

/**
 * SSN: the same full number; one keying error (a digit substituted, two adjacent digits
 * transposed: the errors Damerau 1964 counts, weak evidence for, never a veto); the same last
 * four when one side knows only those; or a CONFLICT, two numbers further apart, which vetoes
 * an automatic match (issue 3: "a match never crosses a conflicting SSN or Medicaid ID").
 */
export function compareSsns(a: PersonEvidence, b: PersonEvidence): Agreement {
  const [fullA, fullB] = [valuesOf(a, "SSN")[0]?.value, valuesOf(b, "SSN")[0]?.value];
  const [first, second] = fullA && fullB ? [fullA, fullB] : [lastFourOf(a), lastFourOf(b)];
  if (!first || !second) return "MISSING";
  if (first === second) return fullA && fullB ? "EXACT" : "LAST_FOUR";
  return oneKeyingError(first, second) ? "ONE_EDIT" : "CONFLICT";
}

/**
 * Medicaid IDs are per state: two records with an ID from the same state must carry the same
 * one, give or take a keying error. IDs of different states say nothing (MISSING).
 */
export function compareMedicaidIds(a: PersonEvidence, b: PersonEvidence): Agreement {
  const idsOfB = valuesOf(b, "MEDICAID_ID");
  let best: Agreement = "MISSING";
  for (const id of valuesOf(a, "MEDICAID_ID")) {
    for (const other of idsOfB.filter((candidate) => candidate.issuer === id.issuer)) {
      if (other.value === id.value) return "EXACT";
      if (oneKeyingError(other.value, id.value)) best = "ONE_EDIT";
      else if (best === "MISSING") best = "CONFLICT";
    }
  }
  return best;
}

/** Medicare numbers: a different MBI is evidence against, not a veto (CMS replaces a compromised MBI). */
export function compareMedicareNumbers(a: PersonEvidence, b: PersonEvidence): Agreement {
  const [mbiA, mbiB] = [valuesOf(a, "MEDICARE_MBI").map((id) => id.value), valuesOf(b, "MEDICARE_MBI").map((id) => id.value)];
  if (mbiA.length === 0 || mbiB.length === 0) return "MISSING";
  if (mbiA.some((value) => mbiB.includes(value))) return "EXACT";
  return mbiA.some((value) => mbiB.some((other) => oneKeyingError(value, other))) ? "ONE_EDIT" : "DIFFERENT";
}
