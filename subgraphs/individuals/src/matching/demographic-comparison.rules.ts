import type { Agreement } from "./agreement.model.ts";
import { oneKeyingError, withinOneEdit } from "./edit-distance.rules.ts";
import type { Face } from "./evidence.model.ts";
import { jaroWinkler } from "./jaro-winkler.rules.ts";
import { compactName, matchingForm, nameParts, suffixForm } from "./name-normalisation.rules.ts";
import { areNicknameForms } from "./nicknames.rules.ts";
import { nysiis, soundAlike } from "./phonetic.rules.ts";

/**
 * Field-by-field agreement of two faces of people, graded as comparison levels (the first level
 * that applies wins; MISSING when either side does not say). Name levels follow the usual
 * record-linkage practice (Winkler 1990; the Census Bureau's BigMatch; Splink's name comparison
 * template): exact, a familiar form, one edit (Damerau 1964), sounding alike, spelt alike.
 */
export const similarNameThreshold = 0.88;

/** The first word of a given name, the whole family name as one word. */
const givenOf = (face: Face) => nameParts(face.givenName)[0] ?? "";

/**
 * Sounding alike, per name: family names by NYSIIS or Double Metaphone (SCHMIDT/SMITH are
 * spellings of one name); given names by NYSIIS only, since Double Metaphone also joins names
 * siblings are given side by side (CHERYL/SHIRLEY), and twins agree on everything else.
 */
const givenSoundAlike = (a: string, b: string) => nysiis(a) === nysiis(b);

/** Spelling closeness of two different words, best level first; null when not close at all. */
function spellingLevel(a: string, b: string, phonetic: (a: string, b: string) => boolean): "ONE_EDIT" | "PHONETIC" | "SIMILAR" | null {
  if (withinOneEdit(a, b)) return "ONE_EDIT";
  if (phonetic(a, b)) return "PHONETIC";
  return jaroWinkler(a, b) >= similarNameThreshold ? "SIMILAR" : null;
}

function givenLevel(first: string, second: string): Agreement {
  if (!first || !second) return "MISSING";
  if (first === second) return "EXACT";
  if (first.length === 1 || second.length === 1) return first[0] === second[0] ? "INITIAL" : "DIFFERENT";
  if (areNicknameForms(first, second)) return "NICKNAME";
  return spellingLevel(first, second, givenSoundAlike) ?? "DIFFERENT";
}

function familyLevel(a: string | null, b: string | null): Agreement {
  const [first, second] = [compactName(a), compactName(b)];
  if (!first || !second) return "MISSING";
  if (first === second) return "EXACT";
  const spelling = spellingLevel(first, second, soundAlike);
  if (spelling === "ONE_EDIT" || spelling === "PHONETIC") return spelling;
  const partsOfB = new Set(nameParts(b).filter((part) => part.length > 1));
  if (nameParts(a).some((part) => partsOfB.has(part))) return "PART";
  return spelling ?? "DIFFERENT";
}

export const compareGivenNames = (a: Face, b: Face): Agreement => givenLevel(givenOf(a), givenOf(b));

/** The name value an EXACT agreement is on, as term frequencies are counted: the first given name, the family name as one word. */
export const nameValueOf = (field: "GIVEN_NAME" | "FAMILY_NAME", face: Face): string => (field === "GIVEN_NAME" ? givenOf(face) : compactName(face.familyName));
export const compareFamilyNames = (a: Face, b: Face): Agreement => familyLevel(a.familyName, b.familyName);

/** A name level that says "this is the same word, give or take a typo": what a swapped name must show both ways. */
const closeName = new Set<Agreement>(["EXACT", "NICKNAME", "ONE_EDIT", "PHONETIC", "SIMILAR"]);

/**
 * Given and family name together. When neither agrees as written but each agrees with the
 * other's opposite name (JOHN SMITH registered as SMITH JOHN, a common keying error in
 * FEBRL-style data: Christen, P. (2008), "Febrl: a freely available record linkage system"),
 * both fields read SWAPPED: evidence for, not two disagreements.
 */
export function compareNames(a: Face, b: Face): { given: Agreement; family: Agreement } {
  const given = compareGivenNames(a, b);
  const family = compareFamilyNames(a, b);
  if (given !== "DIFFERENT" || family !== "DIFFERENT") return { given, family };
  const crossGiven = givenLevel(compactName(a.givenName), compactName(b.familyName));
  const crossFamily = givenLevel(compactName(a.familyName), compactName(b.givenName));
  return closeName.has(crossGiven) && closeName.has(crossFamily) ? { given: "SWAPPED", family: "SWAPPED" } : { given, family };
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

/**
 * Dates of birth (ISO dates): equal; day and month swapped (04/03 for 03/04); one digit keyed
 * wrong anywhere in YYYYMMDD, the year included (1941 → 1947, 1941 → 1971); two adjacent digits
 * transposed (1941 → 1914). Other differences, however near in time, are DIFFERENT: a date that
 * is merely close is as likely another person's.
 */
export function compareBirthDates(a: string | null, b: string | null): Agreement {
  if (!a || !b) return "MISSING";
  if (a === b) return "EXACT";
  const [ya, ma, da] = a.split("-");
  const [yb, mb, db] = b.split("-");
  if (ya === yb && ma === db && da === mb) return "DAY_MONTH_SWAP";
  const [x, y] = [a.replace(/-/g, ""), b.replace(/-/g, "")];
  if (!oneKeyingError(x, y)) return "DIFFERENT";
  const differing = [...x].filter((digit, index) => digit !== y[index]).length;
  return differing === 1 ? "ONE_DIGIT" : "DIGITS_TRANSPOSED";
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
  return streetA && streetB && jaroWinkler(streetA, streetB) >= 0.9 ? "EXACT" : "SAME_ZIP";
}
