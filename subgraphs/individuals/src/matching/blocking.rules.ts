import type { Face, PersonEvidence } from "./evidence.model.ts";
import { lastFourOf } from "./identifier-comparison.rules.ts";
import { compactName, nameParts } from "./name-normalisation.rules.ts";
import { givenNameRoots } from "./nicknames.rules.ts";
import { nysiis } from "./phonetic.rules.ts";

/**
 * Blocking: a newcomer is compared only with the people who share at least one key with it,
 * never with the whole index (Christen, P. (2012), "A Survey of Indexing Techniques for Scalable
 * Record Linkage and Deduplication", IEEE TKDE 24(9)). Several rules are unioned, each built
 * from the evidence alone (so a person's keys can be stored and rebuilt), and a field a record
 * lacks makes no key. Names are keyed by NYSIIS code, given names through their formal forms
 * (BILL → WILLIAM), compound family names also by each part; P is the sorted pair of given and
 * family codes, the same whichever way round the names were written.
 *   NY   P + birth year               NM   P + month-day            NZ   P + ZIP
 *   FD   family code + birth date     GD   given code + birth date
 *   DZ   birth date + ZIP             DS   birth date + sex (the broadest: ~70 people a day at
 *        1M people over 40 birth years, ~35 a day and sex; under INDIVIDUALS_MAX_CANDIDATES)
 *   SY   SSN last four + birth year   SF   SSN last four + family code
 *   SP   SSN first five + family code
 *   PY   street + birth year
 *   MCH  Medicaid ID less its last 3 + birth year    MCT  Medicaid ID less its first 3
 *   MBH  MBI less its last 3                         MBT  MBI less its first 3
 * Any single field corrupted, a record still shares a key with its original:
 *   given name (typo, nickname, replaced)  FD, DZ, DS, SF, PY
 *   family name (typo, married, replaced)  GD, DZ, DS, SY, PY
 *   given and family swapped               NY, NM, NZ, DZ, DS
 *   birth date (any change)                NZ, SF, SP, MCT, MBH, MBT (NY/NM when only the
 *                                          day/month or only the year changed)
 *   sex                                    every key but DS
 *   address or ZIP                         NY, NM, FD, GD, DS, SY, SF
 *   SSN (any digit)                        every name and date key (SY/SF for a first-five
 *                                          error, SP for a last-four error)
 *   Medicaid ID, MBI                       every name and date key
 * The two most common double corruptions of FEBRL-style data (given name's sound changed and
 * family name replaced) still share DZ and DS. Candidates are read narrowest key first and cut
 * at the limit: `blockingKeys` lists keys in descending order, the order the store reads them
 * in, and the kinds are named so that the broad DS sorts last.
 */
export const registrationKeyKinds = ["NY", "NM", "NZ", "FD", "GD", "DZ", "DS", "SY", "SF", "SP", "PY", "MCH", "MCT", "MBH", "MBT"] as const;

const familyCodes = (face: Face) => {
  const parts = nameParts(face.familyName).filter((part) => part.length > 2);
  return unique([nysiis(compactName(face.familyName)), ...(parts.length > 1 ? parts.map(nysiis) : [])]);
};
const givenCodes = (face: Face) => unique(givenNameRoots(nameParts(face.givenName)[0] ?? "").map(nysiis));
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
/** A street as a key: letters and digits only (matching form drops the house number). */
const streetOf = (face: Face) => (face.addressLine1 ?? "").toUpperCase().replace(/[^A-Z0-9]+/g, "");

function faceKeys(face: Face): string[] {
  const [year, month, day] = face.birthDate?.split("-") ?? [];
  const date = face.birthDate;
  const zip = face.postalCode?.slice(0, 5);
  const [givens, families] = [givenCodes(face), familyCodes(face)];
  const keys: string[] = [];
  for (const g of givens) {
    for (const f of families) {
      const pair = [g, f].sort().join(":");
      if (date) keys.push(`NY:${pair}:${year}`, `NM:${pair}:${month}${day}`);
      if (zip) keys.push(`NZ:${pair}:${zip}`);
    }
    if (date) keys.push(`GD:${g}:${date}`);
  }
  if (date) keys.push(...families.map((f) => `FD:${f}:${date}`));
  if (date && zip) keys.push(`DZ:${date}:${zip}`);
  if (date && face.sex !== "UNKNOWN") keys.push(`DS:${date}:${face.sex}`);
  const street = streetOf(face);
  if (date && street) keys.push(`PY:${street}:${year}`);
  return keys;
}

function identifierKeys(person: PersonEvidence, year: string | undefined, families: string[]): string[] {
  const keys: string[] = [];
  const lastFour = lastFourOf(person);
  if (lastFour && year) keys.push(`SY:${lastFour}:${year}`);
  if (lastFour) keys.push(...families.map((f) => `SF:${lastFour}:${f}`));
  for (const { type, issuer, value } of person.identifiers) {
    if (type === "SSN") keys.push(...families.map((f) => `SP:${value.slice(0, 5)}:${f}`));
    if (type === "MEDICAID_ID" && value.length > 5)
      keys.push(...(year ? [`MCH:${issuer}:${value.slice(0, -3)}:${year}`] : []), `MCT:${issuer}:${value.slice(3)}`);
    if (type === "MEDICARE_MBI") keys.push(`MBH:${value.slice(0, -3)}`, `MBT:${value.slice(3)}`);
  }
  return keys;
}

/** Every blocking key of a person, over all its faces, narrowest kinds first; stored with the person and asked of a newcomer. */
export function blockingKeys(person: PersonEvidence): string[] {
  const year = person.faces.find((face) => face.birthDate)?.birthDate?.slice(0, 4);
  const families = unique(person.faces.flatMap(familyCodes));
  const keys = [...person.faces.flatMap(faceKeys), ...identifierKeys(person, year, families)];
  return unique(keys).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
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
