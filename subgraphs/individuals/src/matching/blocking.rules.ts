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
 * lacks makes no key. Names are keyed by NYSIIS code, given names by their own code and their
 * formal forms' (BILL → BILL, WILLIAM), compound family names also by each part; P is the sorted
 * pair of given and family codes, the same whichever way round the names were written. Dates
 * are keyed as D = year with month and day in ascending order, so a day/month swap keys alike.
 * Narrow kinds (a handful of people a key at 1M people over 40 birth years):
 *   NY   P + birth year               NM   P + month-day (sorted)   NZ   P + ZIP
 *   FD   family code + D              GD   given code + D           DZ   D + ZIP
 *   SY   SSN last four + birth year   SF   SSN last four + family code
 *   SP   SSN first five + family code SZ   SSN last four + ZIP
 *   PY   street + birth year
 *   MCH  Medicaid ID's first half + birth year       MCT  Medicaid ID's second half
 *   MBH  MBI's first half                            MBT  MBI's second half
 * C, middling kinds (tens of people for a common name):
 *   CFM  family code + month-day      CGM  given code + month-day (sorted)
 *   CFZ  family code + ZIP            CGZ  given code + ZIP
 * B, broad kinds (up to a few hundred: a common pair, a common family name in one year, one
 * birth date and sex):
 *   BN   P alone                      BF   family code + birth year BDS  D + sex
 * Any single field corrupted, a record still shares a key with its original:
 *   given name (typo, nickname, replaced)  FD, DZ, SF, SP, SZ, PY, CFM, CFZ, BF, BDS
 *   family name (typo, married, replaced)  GD, DZ, SY, SZ, PY, CGM, CGZ, BDS
 *   given and family swapped               NY, NM, NZ, DZ, BN, BDS
 *   birth date (any change)                NZ, SF, SP, SZ, MCT, MB*, CFZ, CGZ, BN (and FD, GD,
 *                                          DZ, BDS for a day/month swap; NY, BF when only the
 *                                          month-day changed, NM, CFM, CGM when only the year)
 *   sex                                    every key but BDS
 *   address or ZIP                         NY, NM, FD, GD, SY, SF, SP, CFM, CGM, BN, BF, BDS
 *   SSN (any digit)                        every name and date key (SY/SF for a first-five
 *                                          error, SP for a last-four error)
 *   Medicaid ID, MBI                       every name and date key (and the other half)
 * Most double and triple corruptions of FEBRL-style data keep one too (given-name sound and
 * family name changed: DZ, PY, BDS; family typo and birth year: CGZ; a blank birth date and a
 * moved address: BN; a typo in the given name, birth year and address: CFM). Candidates are
 * read narrowest key first and cut at the limit: `blockingKeys` lists keys in descending order,
 * the order the store reads them in, and the kinds are named for it: every narrow kind sorts
 * before the C kinds, and those before the B kinds.
 */
export const registrationKeyKinds = [
  "NY",
  "NM",
  "NZ",
  "FD",
  "GD",
  "DZ",
  "SY",
  "SF",
  "SP",
  "SZ",
  "PY",
  "MCH",
  "MCT",
  "MBH",
  "MBT",
  "CFM",
  "CGM",
  "CFZ",
  "CGZ",
  "BN",
  "BF",
  "BDS",
] as const;

const familyCodes = (face: Face) => {
  const parts = nameParts(face.familyName).filter((part) => part.length > 2);
  return unique([nysiis(compactName(face.familyName)), ...(parts.length > 1 ? parts.map(nysiis) : [])]);
};
const givenCodes = (face: Face) => {
  const first = nameParts(face.givenName)[0] ?? "";
  return unique([first, ...givenNameRoots(first)].map(nysiis));
};
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
/** A street as a key: letters and digits only (matching form drops the house number). */
const streetOf = (face: Face) => (face.addressLine1 ?? "").toUpperCase().replace(/[^A-Z0-9]+/g, "");
/** A birth date as a key: the year, then month and day in ascending order (1941-07-03 and 1941-03-07 → 1941:03:07). */
const dateKey = (date: string) => {
  const [year, month = "", day = ""] = date.split("-");
  return [year, ...[month, day].sort()].join(":");
};
const halves = (value: string) => [value.slice(0, Math.floor(value.length / 2)), value.slice(Math.floor(value.length / 2))] as const;

function faceKeys(face: Face): string[] {
  const date = face.birthDate ? dateKey(face.birthDate) : null;
  const [year, monthDay] = date ? [date.slice(0, 4), date.slice(5)] : [];
  const zip = face.postalCode?.slice(0, 5);
  const [givens, families] = [givenCodes(face), familyCodes(face)];
  const keys: string[] = [];
  for (const g of givens) {
    for (const f of families) {
      const pair = [g, f].sort().join(":");
      keys.push(`BN:${pair}`);
      if (date) keys.push(`NY:${pair}:${year}`, `NM:${pair}:${monthDay}`);
      if (zip) keys.push(`NZ:${pair}:${zip}`);
    }
    if (date) keys.push(`GD:${g}:${date}`, `CGM:${g}:${monthDay}`);
    if (zip) keys.push(`CGZ:${g}:${zip}`);
  }
  for (const f of families) {
    if (date) keys.push(`FD:${f}:${date}`, `CFM:${f}:${monthDay}`, `BF:${f}:${year}`);
    if (zip) keys.push(`CFZ:${f}:${zip}`);
  }
  if (date && zip) keys.push(`DZ:${date}:${zip}`);
  if (date && face.sex !== "UNKNOWN") keys.push(`BDS:${date}:${face.sex}`);
  const street = streetOf(face);
  if (year && street) keys.push(`PY:${street}:${year}`);
  return keys;
}

function identifierKeys(person: PersonEvidence, year: string | undefined, families: string[]): string[] {
  const keys: string[] = [];
  const lastFour = lastFourOf(person);
  const zip = person.faces[0]?.postalCode?.slice(0, 5);
  if (lastFour && year) keys.push(`SY:${lastFour}:${year}`);
  if (lastFour && zip) keys.push(`SZ:${lastFour}:${zip}`);
  if (lastFour) keys.push(...families.map((f) => `SF:${lastFour}:${f}`));
  for (const { type, issuer, value } of person.identifiers) {
    if (type === "SSN") keys.push(...families.map((f) => `SP:${value.slice(0, 5)}:${f}`));
    // Halves: one mistyped character leaves the other half. Medicaid IDs are issued in sequence,
    // so their first half is shared by many people and is keyed with the birth year.
    const [head, tail] = halves(value);
    if (type === "MEDICAID_ID") keys.push(...(year ? [`MCH:${issuer}:${head}:${year}`] : []), `MCT:${issuer}:${tail}`);
    if (type === "MEDICARE_MBI") keys.push(`MBH:${head}`, `MBT:${tail}`);
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
  const date = criteria.birthDate ? dateKey(criteria.birthDate) : null;
  const byDate = date ? [...families.map((f) => `FD:${f}:${date}`), ...givens.map((g) => `GD:${g}:${date}`)] : [];
  return [...byDate, ...families.map((f) => `F:${f}`)];
}
