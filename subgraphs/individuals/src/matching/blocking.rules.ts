import type { Face, PersonEvidence } from "./evidence.model.ts";
import { lastFourOf } from "./identifier-comparison.rules.ts";
import { compactName, nameParts } from "./name-normalisation.rules.ts";
import { givenNameRoots } from "./nicknames.rules.ts";
import { nysiis } from "./phonetic.rules.ts";

/**
 * Blocking: a newcomer is compared only with the people who share at least one key with it,
 * never with the whole index (Christen, P. (2012), "A Survey of Indexing Techniques for Scalable
 * Record Linkage and Deduplication", IEEE TKDE 24(9)). Each key tolerates a different error,
 * so a duplicate escapes only when every key is broken at once:
 *   FGY  family + given code + birth year   → day/month transposed or mistyped
 *   FGM  family + given code + month-day    → birth year mistyped
 *   FD   family code + date of birth        → given name misspelt beyond its code, unknown nickname
 *   GD   given code + date of birth         → family name changed (marriage) or misspelt
 *   GYZ  given code + birth year + ZIP      → family name and birth date both disturbed
 *   SY   SSN last four + birth year         → names changed and misspelt
 * Names are keyed by NYSIIS code, given names through their formal form (BILL → WILLIAM),
 * and compound family names also by each part (MARCHETTI-LUND → MARCHETTI, LUND).
 */
export const registrationKeyKinds = ["FGY", "FGM", "FD", "GD", "GYZ", "SY"] as const;

const familyCodes = (face: Face) => {
  const parts = nameParts(face.familyName).filter((part) => part.length > 2);
  return unique([nysiis(compactName(face.familyName)), ...(parts.length > 1 ? parts.map(nysiis) : [])]);
};
const givenCodes = (face: Face) => unique(givenNameRoots(nameParts(face.givenName)[0] ?? "").map(nysiis));
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

function faceKeys(face: Face, lastFour: string | null): string[] {
  // A key needing a field the record lacks is not made: the other keys still find the person.
  if (!face.birthDate) return [];
  const [year, month, day] = face.birthDate.split("-");
  const zip = face.postalCode?.slice(0, 5);
  const keys: string[] = [];
  for (const g of givenCodes(face)) {
    for (const f of familyCodes(face)) keys.push(`FGY:${f}:${g}:${year}`, `FGM:${f}:${g}:${month}${day}`);
    keys.push(`GD:${g}:${face.birthDate}`);
    if (zip) keys.push(`GYZ:${g}:${year}:${zip}`);
  }
  for (const f of familyCodes(face)) keys.push(`FD:${f}:${face.birthDate}`);
  if (lastFour) keys.push(`SY:${lastFour}:${year}`);
  return keys;
}

/** Every blocking key of a person, over all its faces; stored with the person and asked of a newcomer. */
export function blockingKeys(person: PersonEvidence): string[] {
  const lastFour = lastFourOf(person);
  return unique(person.faces.flatMap((face) => faceKeys(face, lastFour)));
}

/** Keys for a name search (family name code, optionally with the given name's), stored beside the matching keys. */
export function searchKeys(person: Pick<PersonEvidence, "faces">): string[] {
  return unique(person.faces.flatMap((face) => familyCodes(face).map((f) => `F:${f}`)));
}

/** What a name search knows: any of a given name, a family name and a birth date. */
export interface SearchCriteria {
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
}

/**
 * The stored keys a search can use: the family code (F), which finds a misspelt or swapped birth
 * date too, and with a birth date the narrower family + date (FD) and given + date (GD, which
 * finds a changed family name), so exact hits are found even in a large family block. A search
 * by birth date alone uses no key (the birth-date index answers it).
 */
export function searchCriteriaKeys(criteria: SearchCriteria): string[] {
  const face: Face = {
    givenName: criteria.givenName ?? "",
    middleName: null,
    familyName: criteria.familyName ?? "",
    suffix: null,
    birthDate: criteria.birthDate ?? "",
    sex: "UNKNOWN",
    postalCode: null,
    addressLine1: null,
    source: "RECORD",
  };
  const families = criteria.familyName ? familyCodes(face) : [];
  const givens = criteria.givenName ? givenCodes(face) : [];
  const byDate = criteria.birthDate ? [...families.map((f) => `FD:${f}:${criteria.birthDate}`), ...givens.map((g) => `GD:${g}:${criteria.birthDate}`)] : [];
  return [...byDate, ...families.map((f) => `F:${f}`)];
}
