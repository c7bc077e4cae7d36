import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import { ssnProblem } from "../../identifier/identifier-format.rules.ts";
import type { Random } from "./random.ts";

/**
 * How often each corruption touches a repeat registration: the probability that `duplicateOf`
 * applies it, among the repeats it can apply to (a nickname needs a name that has one, a
 * changed family name a woman, a day–month swap a day of 12 or less). Independent draws, so a
 * repeat carries none, one or several at once (the unit test holds these rates to the output).
 *
 * Sources. Christen, P. (2008), "Febrl – a freely available record linkage system", and its
 * generator's defaults (Febrl 0.4.2 `dsgen/generate.py`). Its data set 4 (5,000 originals, one
 * duplicate each) puts four modifications on every duplicate, at most two per field, picking the
 * given name with probability 0.10, the surname 0.15, the birth date 0.10 and the SSN 0.05 (the
 * rest go to address fields), so a duplicate's given name is touched about 25 % of the time, its
 * surname 35 %, its birth date 25 %, its SSN 13 %. Within a name: a typo (insert, delete,
 * substitute, transpose) 0.55–0.60, a dictionary misspelling (sound-alike spellings) 0.30,
 * blanked 0.02; within a birth date: a digit substituted 0.50 or transposed 0.30, blanked 0.10;
 * within the SSN: substituted 0.50, transposed 0.40; and given name and surname swapped in 5 % of
 * duplicates. Issue 21's FEBRL-style sample lacks a given name, a surname or a usable birth date
 * on 12 % of its records. Ours are repeat registrations keyed again from documents, not records
 * corrupted four times on purpose: fewer and milder errors (a given name changed in ~20 % of
 * repeats, a family name ~16 %, a birth date ~7 %, 6 % of the SSNs given), a swap in 2 %, and
 * one repeat in ten missing a given name, a family name or a birth date. Drawn independently,
 * about 47 % of repeats carry a changed or blank name, date or identifier, 10 % two or more, 1 % three or more; so
 * every failure the issue lists, alone and combined, occurs on every seed. First
 * records stay faithful (`recordOf`).
 */
export const duplicateRates = {
  /** Of given names that have familiar forms (BILL for WILLIAM). */
  nickname: 0.2,
  "typo:given": 0.08,
  /** A sound-alike spelling (KATHERINE → CATHERINE, JEFFREY → JEFFERY): FEBRL's misspelling dictionary. */
  "sound:given": 0.05,
  "swap:names": 0.02,
  "blank:given": 0.04,
  /** Of women: a married or maiden name. */
  "family:changed": 0.1,
  /** A typo in any family name; `typo:family:short` marks one of five letters or fewer (MASON → MAXON). */
  "typo:family": 0.1,
  "blank:family": 0.03,
  /** Of birth dates whose day is 12 or less and differs from the month. */
  "dob:transposed": 0.04,
  /** One digit of the decade or year mistyped (1941 → 1947, 1941 → 1971). */
  "dob:year": 0.03,
  /** One digit of the month or day mistyped. */
  "dob:digit": 0.03,
  /** Of repeats that carry an identifier or the SSN's last four (a birth date is blanked only then). */
  "blank:dob": 0.05,
  /** Of repeats that give the full SSN: one digit substituted (`ssn:substituted`) or two adjacent transposed (`ssn:transposed`). */
  "ssn:edited": 0.06,
  /** Of repeats that give the Medicaid ID: `medicaid:substituted` or `medicaid:transposed`. */
  "medicaid:edited": 0.05,
  /** Not enough to identify anyone (the family name alone): the harness must count it as refused. */
  insufficient: 0.005,
} as const;

/** FEBRL's split of a keyed identifier error: substituted 0.50 : transposed 0.40, so 5 in 9 substitutions. */
export const substitutionShare = 5 / 9;

/** One keying error: a letter substituted, dropped, doubled, inserted, or two letters swapped (short names too: MASON → MAXON). */
export function typo(word: string, random: Random): string {
  if (word.length < 3) return word;
  for (;;) {
    const i = random.chance(0.1) ? 0 : random.int(1, word.length - 2);
    const letter = random.pick([..."ABCDEFGHIJKLMNOPRSTUVWY"]);
    const next = [
      () => word.slice(0, i) + letter + word.slice(i + 1),
      () => word.slice(0, i) + word.slice(i + 1),
      () => word.slice(0, i) + letter + word.slice(i),
      () => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
    ][random.int(0, 3)]!();
    if (next !== word) return next;
  }
}

/**
 * Spellings that sound alike (FEBRL's misspelling tables hold such pairs): each rule rewrites
 * one spot of a name; the first letter may change too (CATHERINE → KATHERINE), which moves the
 * name's phonetic code and so its blocking keys.
 */
const soundAlikeRules: [RegExp, string][] = [
  [/^C(?=[AOULR])/, "K"],
  [/^K(?=[AOU])/, "C"],
  [/PH/, "F"],
  [/(?<=[AEIOU])F/, "PH"],
  [/Y$/, "IE"],
  [/IE$/, "Y"],
  [/EY$/, "Y"],
  [/(?<=[^AEIOU])I(?=[^AEIOU])/, "Y"],
  [/([BDFGLMNPRST])\1/, "$1"],
  [/(?<=[AEIOU])([BDLMNRT])(?=[AEIOU])/, "$1$1"],
  [/TH/, "T"],
  [/(?<=[AEIOU])S(?=[AEIOU])/, "Z"],
  [/Z/, "S"],
  [/CK/, "K"],
  [/(?<=.)C(?=[EI])/, "S"],
  [/AH$/, "A"],
  [/(?<=[^AEIOU])E$/, ""],
  [/(?<=[NL])$/, "E"],
  [/EI/, "IE"],
  [/OU/, "U"],
  [/(?<=[^H])A$/, "AH"],
  [/(?<=[AEIOU])S$/, "SS"],
  [/OE$/, "O"],
  [/RK$/, "RC"],
  [/NK$/, "NC"],
  [/^ER/, "EAR"],
  [/ARD$/, "ERD"],
  [/EW$/, "U"],
  [/OND$/, "UND"],
  [/ED$/, "EDD"],
  [/(?<=O)G(?=E)/, "DG"],
  [/^LU/, "LOU"],
  [/YS$/, "IS"],
  [/^(W?A)L(?=[BT])/, "$1LL"],
];

/** A sound-alike spelling of an upper-case name, or the name itself when no rule fits. */
export function soundAlike(name: string, random: Random): string {
  const spellings = soundAlikeRules.map(([pattern, replacement]) => name.replace(pattern, replacement)).filter((s) => s !== name && s.length > 1);
  return spellings.length > 0 ? random.pick(spellings) : name;
}

/** A digit string with one keying error: one digit substituted, or two adjacent unequal digits transposed. */
export function digitEdit(value: string, random: Random, valid: (candidate: string) => boolean): { value: string; kind: "substituted" | "transposed" } {
  const kind = random.chance(substitutionShare) ? "substituted" : "transposed";
  for (;;) {
    const i = random.int(0, value.length - (kind === "transposed" ? 2 : 1));
    const next =
      kind === "substituted"
        ? value.slice(0, i) + String(random.int(0, 9)) + value.slice(i + 1)
        : value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
    if (next !== value && valid(next)) return { value: next, kind };
  }
}

/** An SSN keyed wrong still has a valid form: the intake screen refuses one that does not. */
export const validSsn = (ssn: string) => ssnProblem(ssn) === undefined;
/** An Ohio Medicaid ID: 12 digits, and ours never start with 0. */
export const validMedicaidId = (id: string) => /^[1-9]\d{11}$/.test(id);

/** A date with one digit mistyped at one of `positions` (of YYYYMMDD), still a real date before 2000; the date itself when none fits. */
function digitOff(date: string, positions: number[], random: Random): string {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const digits = date.replace(/-/g, "").split("");
    digits[random.pick(positions)] = String(random.int(0, 9));
    const candidate = `${digits.slice(0, 4).join("")}-${digits.slice(4, 6).join("")}-${digits.slice(6).join("")}`;
    if (candidate !== date && isCalendarDate(candidate) && candidate < "2000-01-01") return candidate;
  }
  return date;
}

/** The decade or year digit mistyped: 1941 → 1947 or 1971. */
export const yearDigitOff = (date: string, random: Random) => digitOff(date, [2, 3], random);
/** A month or day digit mistyped. */
export const monthDayDigitOff = (date: string, random: Random) => digitOff(date, [4, 5, 6, 7], random);
