import type { Agreement } from "./agreement.model.ts";
import type { Face } from "./evidence.model.ts";
import { jaroWinkler } from "./jaro-winkler.rules.ts";
import { compactName, matchingForm, nameParts, suffixForm } from "./name-normalisation.rules.ts";
import { areNicknameForms } from "./nicknames.rules.ts";
import { nysiis } from "./phonetic.rules.ts";

/**
 * Field-by-field agreement of two faces of people. Levels follow the usual record-linkage
 * practice (Winkler 1990; the Census Bureau's BigMatch): exact, a typo (Jaro–Winkler ≥ 0.9 or
 * the same NYSIIS code), a familiar form of the given name, date-of-birth entry errors.
 */
export const similarNameThreshold = 0.9;

const similar = (a: string, b: string) => jaroWinkler(a, b) >= similarNameThreshold || nysiis(a) === nysiis(b);

export function compareGivenNames(a: Face, b: Face): Agreement {
  const [first = "", second = ""] = [nameParts(a.givenName)[0], nameParts(b.givenName)[0]];
  if (!first || !second) return "MISSING";
  if (first === second) return "EXACT";
  if (first.length === 1 || second.length === 1) return first[0] === second[0] ? "INITIAL" : "DIFFERENT";
  if (areNicknameForms(first, second)) return "NICKNAME";
  return similar(first, second) ? "SIMILAR" : "DIFFERENT";
}

export function compareFamilyNames(a: Face, b: Face): Agreement {
  const [first, second] = [compactName(a.familyName), compactName(b.familyName)];
  if (!first || !second) return "MISSING";
  if (first === second) return "EXACT";
  const partsOfB = new Set(nameParts(b.familyName).filter((part) => part.length > 1));
  if (nameParts(a.familyName).some((part) => partsOfB.has(part))) return "PART";
  return similar(first, second) ? "SIMILAR" : "DIFFERENT";
}

export function compareMiddleNames(a: Face, b: Face): Agreement {
  const [first, second] = [matchingForm(a.middleName), matchingForm(b.middleName)];
  if (!first || !second) return "MISSING";
  if (first === second) return first.length === 1 ? "INITIAL" : "EXACT";
  return first[0] === second[0] ? "INITIAL" : "DIFFERENT";
}

export function compareSuffixes(a: Face, b: Face): Agreement {
  const [first, second] = [suffixForm(a.suffix), suffixForm(b.suffix)];
  if (!first || !second) return "MISSING";
  return first === second ? "EXACT" : "DIFFERENT";
}

/** Dates of birth: equal, day and month swapped (04/03 for 03/04), or one keying error (a digit off, two digits swapped). */
export function compareBirthDates(a: string | null, b: string | null): Agreement {
  if (!a || !b) return "MISSING";
  if (a === b) return "EXACT";
  const [ya, ma, da] = a.split("-");
  const [yb, mb, db] = b.split("-");
  if (ya === yb && ma === db && da === mb) return "TRANSPOSED";
  const [x, y] = [a.replace(/-/g, ""), b.replace(/-/g, "")];
  const differing = [...x].flatMap((digit, index) => (digit === y[index] ? [] : [index]));
  if (differing.length === 1) return "TYPO";
  const [i, j] = differing;
  if (differing.length === 2 && j === i! + 1 && x[i!] === y[j!] && x[j!] === y[i!]) return "TYPO";
  return "DIFFERENT";
}

export function compareSexes(a: Face, b: Face): Agreement {
  if (a.sex === "UNKNOWN" || b.sex === "UNKNOWN") return "MISSING";
  return a.sex === b.sex ? "EXACT" : "DIFFERENT";
}

/** Street and ZIP; people in one nursing facility share an address, so agreement weighs little. */
export function compareAddresses(a: Face, b: Face): Agreement {
  const [zipA, zipB] = [a.postalCode?.slice(0, 5) ?? "", b.postalCode?.slice(0, 5) ?? ""];
  const [streetA, streetB] = [matchingForm(a.addressLine1), matchingForm(b.addressLine1)];
  if (!zipA || !zipB) return streetA && streetA === streetB ? "EXACT" : "MISSING";
  if (zipA !== zipB) return "DIFFERENT";
  return streetA && streetB && jaroWinkler(streetA, streetB) >= similarNameThreshold ? "EXACT" : "SAME_ZIP";
}
