import type { FieldComparison } from "./agreement.model.ts";
import type { IdentifierValue, PersonEvidence } from "./evidence.model.ts";
import { weigh } from "./weights.rules.ts";

const valuesOf = (evidence: PersonEvidence, type: IdentifierValue["type"]) => evidence.identifiers.filter((identifier) => identifier.type === type);

/** The last four digits a record knows: from its full SSN, else the four a partner gave. */
export const lastFourOf = (evidence: PersonEvidence): string | null => valuesOf(evidence, "SSN")[0]?.value.slice(5) ?? evidence.ssnLastFour;

/**
 * SSN: the same full number, the same last four, or a conflict. A conflict vetoes an automatic
 * match (issue 3: "a match never crosses a conflicting SSN or Medicaid ID").
 */
export function compareSsns(a: PersonEvidence, b: PersonEvidence): FieldComparison {
  const [fullA, fullB] = [valuesOf(a, "SSN")[0]?.value, valuesOf(b, "SSN")[0]?.value];
  if (fullA && fullB) return weigh("SSN", fullA === fullB ? "EXACT" : "CONFLICT");
  const [lastA, lastB] = [lastFourOf(a), lastFourOf(b)];
  if (!lastA || !lastB) return weigh("SSN", "MISSING");
  return weigh("SSN", lastA === lastB ? "LAST_FOUR" : "CONFLICT");
}

/** Medicaid IDs are per state: two records with an ID from the same state must carry the same one. */
export function compareMedicaidIds(a: PersonEvidence, b: PersonEvidence): FieldComparison {
  const idsOfB = valuesOf(b, "MEDICAID_ID");
  let shared = false;
  for (const id of valuesOf(a, "MEDICAID_ID")) {
    const sameIssuer = idsOfB.filter((other) => other.issuer === id.issuer);
    if (sameIssuer.some((other) => other.value === id.value)) return weigh("MEDICAID_ID", "EXACT");
    shared ||= sameIssuer.length > 0;
  }
  return weigh("MEDICAID_ID", shared ? "CONFLICT" : "MISSING");
}

/** Medicare numbers: a different MBI is evidence against, not a veto (CMS replaces a compromised MBI). */
export function compareMedicareNumbers(a: PersonEvidence, b: PersonEvidence): FieldComparison {
  const [mbiA, mbiB] = [valuesOf(a, "MEDICARE_MBI").map((id) => id.value), valuesOf(b, "MEDICARE_MBI").map((id) => id.value)];
  if (mbiA.length === 0 || mbiB.length === 0) return weigh("MEDICARE_MBI", "MISSING");
  return weigh("MEDICARE_MBI", mbiA.some((value) => mbiB.includes(value)) ? "EXACT" : "DIFFERENT");
}

export const compareIdentifiers = (a: PersonEvidence, b: PersonEvidence): FieldComparison[] => [
  compareSsns(a, b),
  compareMedicaidIds(a, b),
  compareMedicareNumbers(a, b),
];
