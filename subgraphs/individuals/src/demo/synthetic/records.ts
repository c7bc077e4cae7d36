/* eslint-disable @typescript-eslint/no-unused-expressions -- each corruption is one line (the change and its label, joined by a comma). */
import type { IdentifierClaim } from "../../identifier/identifier.rules.ts";
import { familiarForms } from "../../matching/nicknames.rules.ts";
import { digitEdit, duplicateRates as rates, monthDayDigitOff, soundAlike, typo, validMedicaidId, validSsn, yearDigitOff } from "./corruptions.ts";
import { familyName, streetKinds, streetNames, towns } from "./names.ts";
import type { TruePerson } from "./people.ts";
import type { Random } from "./random.ts";

/** A registration as a partner would send it, with the truth it was made from. */
export interface SyntheticRecord {
  truthId: string;
  input: {
    /** `null` when the partner left it blank (so do `familyName` and `birthDate`). */
    givenName: string | null;
    middleName: string | null;
    familyName: string | null;
    suffix: string | null;
    previousNames: { givenName: string; familyName: string }[];
    birthDate: string | null;
    sex: "FEMALE" | "MALE" | "UNKNOWN";
    addressLine1: string | null;
    city: string | null;
    postalCode: string | null;
    county: string;
    state: string;
    ssnLastFour: string | null;
  };
  identifiers: IdentifierClaim[];
  /** What was done to this record, for reading misses by kind: `typo:given`, `swap:names`, `blank:dob`, `ssn:transposed`, `ssn:missing`, … */
  corruptions: string[];
}

const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());

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
  const input: SyntheticRecord["input"] = {
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
export const recordOf = (person: TruePerson, random: Random) =>
  // A twin's first record always gives the SSN: twins told apart by conflicting identifiers are what the matcher must get right.
  faithfulRecord(person, random, { ssn: person.twinOf ? 1 : 0.8, lastFour: 0.05, medicaid: 0.5, mbi: 0.3 });

/**
 * Another record of the same person, disturbed the way real registrations are (issue 3, "Quality,
 * measured"; issue 21, "Identity that survives real records"), at the rates of `duplicateRates`.
 */
export function duplicateOf(person: TruePerson, random: Random): SyntheticRecord {
  const record = faithfulRecord(person, random, { ssn: 0.45, lastFour: 0.15, medicaid: 0.35, mbi: 0.25 });
  const { input, corruptions } = record;
  const forms = familiarForms(person.givenName);
  // One roll per field, cut into bands, so each band's rate holds exactly (one name error at a time).
  const given = random.next();
  if (given < rates["typo:given"]) ((input.givenName = titleCase(typo(person.givenName, random))), corruptions.push("typo:given"));
  else if (given < rates["typo:given"] + rates["sound:given"]) {
    const spelling = soundAlike(person.givenName, random);
    if (spelling !== person.givenName) ((input.givenName = titleCase(spelling)), corruptions.push("sound:given"));
  } else if (forms.length > 0 && given < rates["typo:given"] + rates["sound:given"] + rates.nickname)
    ((input.givenName = titleCase(random.pick(forms))), corruptions.push("nickname"));
  const family = random.next();
  if (person.sex === "FEMALE" && family < rates["family:changed"]) {
    input.familyName = titleCase(familyName(random));
    corruptions.push("family:changed");
    if (random.chance(0.4)) input.previousNames = [{ givenName: input.givenName!, familyName: titleCase(person.familyName) }];
  } else if (family >= rates["family:changed"] && family < rates["family:changed"] + rates["typo:family"] && person.familyName.length > 2) {
    input.familyName = titleCase(typo(person.familyName, random));
    corruptions.push(person.familyName.length <= 5 ? "typo:family:short" : "typo:family");
  }
  if (random.chance(rates["swap:names"])) (([input.givenName, input.familyName] = [input.familyName, input.givenName]), corruptions.push("swap:names"));
  const blankName = random.next();
  if (blankName < rates["blank:given"]) ((input.givenName = null), corruptions.push("blank:given"));
  else if (blankName < rates["blank:given"] + rates["blank:family"]) ((input.familyName = null), corruptions.push("blank:family"));
  const middle = random.next();
  if (input.middleName && middle < 0.3) ((input.middleName = null), corruptions.push("middle:dropped"));
  else if (input.middleName && middle < 0.51) ((input.middleName = input.middleName[0]!), corruptions.push("middle:initial"));
  disturbBirthDate(record, person, random);
  disturbIdentifiers(record, random);
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
  if (random.chance(0.15)) {
    input.givenName = input.givenName && `  ${input.givenName.toUpperCase()} `;
    input.familyName = input.familyName?.toLowerCase() ?? null;
    corruptions.push("format:case");
  }
  if (random.chance(rates.insufficient)) notEnoughToIdentify(record, person);
  return record;
}

/** A day–month swap, a year or month/day digit mistyped, or (when an identifier can stand in for it) no birth date at all. */
function disturbBirthDate({ input, corruptions, identifiers }: SyntheticRecord, person: TruePerson, random: Random) {
  const identifiable = identifiers.length > 0 || input.ssnLastFour !== null;
  if (identifiable && random.chance(rates["blank:dob"])) return ((input.birthDate = null), corruptions.push("blank:dob"));
  const [year, month, day] = person.birthDate.split("-");
  const roll = random.next();
  const [transposed, year_] = [rates["dob:transposed"], rates["dob:transposed"] + rates["dob:year"]];
  if (roll < transposed && Number(day) <= 12 && day !== month) ((input.birthDate = `${year}-${day}-${month}`), corruptions.push("dob:transposed"));
  else if (roll >= transposed && roll < year_) ((input.birthDate = yearDigitOff(person.birthDate, random)), corruptions.push("dob:year"));
  else if (roll >= year_ && roll < year_ + rates["dob:digit"]) ((input.birthDate = monthDayDigitOff(person.birthDate, random)), corruptions.push("dob:digit"));
}

/** One keying error in the SSN or Medicaid ID given: a valid-looking number that belongs to nobody. */
function disturbIdentifiers({ identifiers, corruptions }: SyntheticRecord, random: Random) {
  for (const identifier of identifiers) {
    if (identifier.type !== "SSN" && identifier.type !== "MEDICAID_ID") continue;
    const [label, rate, valid] =
      identifier.type === "SSN" ? (["ssn", rates["ssn:edited"], validSsn] as const) : (["medicaid", rates["medicaid:edited"], validMedicaidId] as const);
    if (!random.chance(rate)) continue;
    const digits = identifier.value.replace(/-/g, "");
    const edited = digitEdit(digits, random, valid);
    identifier.value = identifier.value.includes("-") ? `${edited.value.slice(0, 3)}-${edited.value.slice(3, 5)}-${edited.value.slice(5)}` : edited.value;
    corruptions.push(`${label}:${edited.kind}`);
  }
}

/** The family name alone: below "a name and a birth date or an identifier", so registration must refuse it. */
function notEnoughToIdentify(record: SyntheticRecord, person: TruePerson) {
  Object.assign(record.input, { givenName: null, familyName: titleCase(person.familyName), birthDate: null, ssnLastFour: null, previousNames: [] });
  record.identifiers = [];
  record.corruptions = ["insufficient"];
}
