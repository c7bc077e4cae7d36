/* eslint-disable @typescript-eslint/no-unused-expressions, no-dupe-else-if -- each corruption is one line (the change and its label, joined by a comma), and `random.chance()` draws a new number at every call, which no-dupe-else-if reads as a repeated condition. */
import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import type { IdentifierClaim } from "../../identifier/identifier.rules.ts";
import { familiarForms } from "../../matching/nicknames.rules.ts";
import { familyName, streetKinds, streetNames, towns } from "./names.ts";
import type { TruePerson } from "./people.ts";
import type { Random } from "./random.ts";

/** A registration as a partner would send it, with the truth it was made from. */
export interface SyntheticRecord {
  truthId: string;
  input: {
    givenName: string;
    middleName: string | null;
    familyName: string;
    suffix: string | null;
    previousNames: { givenName: string; familyName: string }[];
    birthDate: string;
    sex: "FEMALE" | "MALE" | "UNKNOWN";
    addressLine1: string | null;
    city: string | null;
    postalCode: string | null;
    county: string;
    state: string;
    ssnLastFour: string | null;
  };
  identifiers: IdentifierClaim[];
  /** What was done to this record: `typo:given`, `nickname`, `dob:transposed`, `ssn:missing`, … */
  corruptions: string[];
}

const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());

/** One keying error: a letter substituted, dropped, doubled, inserted, or two letters swapped. */
export function typo(word: string, random: Random): string {
  if (word.length < 3) return word;
  const i = random.chance(0.1) ? 0 : random.int(1, word.length - 2);
  const letter = random.pick([..."ABCDEFGHIJKLMNOPRSTUVWY"]);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/** A date with one digit mistyped (still a real, past date), or the same date when none fits. */
function oneDigitOff(date: string, random: Random): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const digits = date.replace(/-/g, "").split("");
    const position = random.pick([2, 3, 5, 6, 7]);
    digits[position] = String(random.int(0, 9));
    const candidate = `${digits.slice(0, 4).join("")}-${digits.slice(4, 6).join("")}-${digits.slice(6).join("")}`;
    if (candidate !== date && isCalendarDate(candidate) && candidate < "2000-01-01") return candidate;
  }
  return date;
}

function identifiersOf(person: TruePerson, random: Random, share: { ssn: number; lastFour: number; medicaid: number; mbi: number }, corruptions: string[]) {
  const identifiers: IdentifierClaim[] = [];
  let ssnLastFour: string | null = null;
  if (person.ssn) {
    const roll = random.next();
    if (roll < share.ssn)
      identifiers.push({ type: "SSN", value: random.chance(0.5) ? `${person.ssn.slice(0, 3)}-${person.ssn.slice(3, 5)}-${person.ssn.slice(5)}` : person.ssn });
    else if (roll < share.ssn + share.lastFour) ((ssnLastFour = person.ssn.slice(5)), corruptions.push("ssn:last-four"));
    else corruptions.push("ssn:missing");
  }
  if (person.medicaidId && random.chance(share.medicaid)) identifiers.push({ type: "MEDICAID_ID", issuer: person.state, value: person.medicaidId });
  if (person.mbi && random.chance(share.mbi)) identifiers.push({ type: "MEDICARE_MBI", value: person.mbi });
  return { identifiers, ssnLastFour };
}

function faithfulRecord(person: TruePerson, random: Random, share: Parameters<typeof identifiersOf>[2]): SyntheticRecord {
  const corruptions: string[] = [];
  const { identifiers, ssnLastFour } = identifiersOf(person, random, share, corruptions);
  const input = {
    givenName: titleCase(person.givenName),
    middleName: person.middleName ? titleCase(person.middleName) : null,
    familyName: titleCase(person.familyName),
    suffix: person.suffix,
    previousNames: [],
    birthDate: person.birthDate,
    sex: person.sex,
    addressLine1: titleCase(person.addressLine1),
    city: titleCase(person.city),
    postalCode: person.postalCode,
    county: person.county,
    state: person.state,
    ssnLastFour,
  };
  return { truthId: person.truthId, input, identifiers, corruptions };
}

/** The first record of a person, as faithful as registrations get. */
export const recordOf = (person: TruePerson, random: Random) => faithfulRecord(person, random, { ssn: 0.8, lastFour: 0.05, medicaid: 0.5, mbi: 0.3 });

/** Another record of the same person, disturbed the way real registrations are (issue 3, "Quality, measured"). */
export function duplicateOf(person: TruePerson, random: Random): SyntheticRecord {
  const record = faithfulRecord(person, random, { ssn: 0.45, lastFour: 0.15, medicaid: 0.35, mbi: 0.25 });
  const { input, corruptions } = record;
  const forms = familiarForms(person.givenName);
  if (forms.length > 0 && random.chance(0.2)) ((input.givenName = titleCase(random.pick(forms))), corruptions.push("nickname"));
  else if (random.chance(0.1)) ((input.givenName = titleCase(typo(person.givenName, random))), corruptions.push("typo:given"));
  if (person.sex === "FEMALE" && random.chance(0.1)) {
    input.familyName = titleCase(familyName(random));
    corruptions.push("family:changed");
    if (random.chance(0.4)) input.previousNames = [{ givenName: input.givenName, familyName: titleCase(person.familyName) }];
  } else if (random.chance(0.1)) ((input.familyName = titleCase(typo(person.familyName, random))), corruptions.push("typo:family"));
  if (random.chance(0.3)) input.middleName = null;
  else if (input.middleName && random.chance(0.3)) input.middleName = input.middleName[0]!;
  const [year, month, day] = person.birthDate.split("-");
  const dateRoll = random.next();
  if (dateRoll < 0.04 && Number(day) <= 12 && day !== month) ((input.birthDate = `${year}-${day}-${month}`), corruptions.push("dob:transposed"));
  else if (dateRoll >= 0.04 && dateRoll < 0.08) ((input.birthDate = oneDigitOff(person.birthDate, random)), corruptions.push("dob:digit"));
  if (random.chance(0.08)) ((input.sex = "UNKNOWN"), corruptions.push("sex:missing"));
  const moveRoll = random.next();
  if (moveRoll < 0.25) {
    const town = random.pick(towns);
    Object.assign(input, {
      addressLine1: titleCase(`${random.int(1, 9999)} ${random.pick(streetNames)} ${random.pick(streetKinds)}`),
      city: titleCase(town.city),
      postalCode: town.postalCode,
      county: town.county,
    });
    corruptions.push("address:moved");
  } else if (moveRoll < 0.33) (Object.assign(input, { addressLine1: null, city: null, postalCode: null }), corruptions.push("address:missing"));
  if (random.chance(0.15)) ((input.givenName = `  ${input.givenName.toUpperCase()} `), (input.familyName = input.familyName.toLowerCase()));
  return record;
}
