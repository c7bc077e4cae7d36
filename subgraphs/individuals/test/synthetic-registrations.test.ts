import { describe, expect, it } from "vitest";
import { ssnProblem } from "../src/identifier/identifier-format.rules.ts";
import { familiarForms } from "../src/matching/nicknames.rules.ts";
import { duplicateRates, typo } from "../src/demo/synthetic/corruptions.ts";
import { PopulationFactory } from "../src/demo/synthetic/people.ts";
import { syntheticRegistrations } from "../src/demo/synthetic/population.ts";
import { Random } from "../src/demo/synthetic/random.ts";
import { duplicateOf, recordOf, type SyntheticRecord } from "../src/demo/synthetic/records.ts";

/** One repeat per person, as FEBRL's data set 4 has one duplicate per original. */
function repeats(seed: number, count: number) {
  const random = new Random(seed);
  const people = new PopulationFactory(random).population(count);
  return people.map((person) => ({ person, record: duplicateOf(person, random) }));
}

const has = (record: SyntheticRecord, label: string) => record.corruptions.includes(label);
const ssnOf = (record: SyntheticRecord) => record.identifiers.find((id) => id.type === "SSN")?.value.replace(/-/g, "");
const medicaidOf = (record: SyntheticRecord) => record.identifiers.find((id) => id.type === "MEDICAID_ID")?.value;
const identifiable = (record: SyntheticRecord) => record.identifiers.length > 0 || record.input.ssnLastFour !== null;
/** Labels that describe the record's circumstances rather than a keying error in a name, a date or an identifier. */
const circumstances = new Set([
  "ssn:missing",
  "ssn:last-four",
  "middle:dropped",
  "middle:initial",
  "address:moved",
  "address:missing",
  "sex:missing",
  "format:case",
]);

/** One keying error apart: a digit substituted, or two adjacent digits transposed. */
function oneEditApart(a: string, b: string) {
  const differ = [...a].flatMap((digit, i) => (digit === b[i] ? [] : [i]));
  if (differ.length === 1) return "substituted";
  if (differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!]) return "transposed";
  return undefined;
}

describe("synthetic registrations for the quality test", () => {
  const sample = repeats(20261122, 20_000);
  type Sample = typeof sample;
  /** The share of `among` carrying any of `labels`, held to the documented `rate` within four standard errors. */
  function expectRate(labels: string[], rate: number, among: Sample) {
    const share = among.filter(({ record }) => labels.some((label) => has(record, label))).length / among.length;
    const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / among.length);
    expect(Math.abs(share - rate), `${labels.join(" or ")}: ${share.toFixed(4)} of ${among.length}, documented ${rate}`).toBeLessThanOrEqual(tolerance);
  }

  it("is the same for a seed and differs between seeds", () => {
    expect(syntheticRegistrations(7, 2_000)).toEqual(syntheticRegistrations(7, 2_000));
    expect(syntheticRegistrations(8, 2_000).records).not.toEqual(syntheticRegistrations(7, 2_000).records);
  });

  it("produces every corruption the issue names, with its label", () => {
    const labels = new Set(sample.flatMap(({ record }) => record.corruptions));
    for (const label of [
      ...["nickname", "typo:given", "sound:given", "swap:names", "blank:given", "family:changed", "typo:family", "typo:family:short", "blank:family"],
      ...["dob:transposed", "dob:year", "dob:digit", "blank:dob", "ssn:substituted", "ssn:transposed", "medicaid:substituted", "medicaid:transposed"],
      "insufficient",
    ])
      expect(labels, label).toContain(label);
  });

  it("applies each corruption at its documented rate, among the repeats it can apply to", () => {
    const all = sample.filter(({ record }) => !has(record, "insufficient"));
    const withDate = all.filter(({ record }) => !has(record, "blank:dob"));
    expectRate(["typo:given"], duplicateRates["typo:given"], all);
    expectRate(["sound:given"], duplicateRates["sound:given"], all);
    expectRate(
      ["nickname"],
      duplicateRates.nickname,
      all.filter(({ person }) => familiarForms(person.givenName).length > 0),
    );
    expectRate(["swap:names"], duplicateRates["swap:names"], all);
    expectRate(["blank:given"], duplicateRates["blank:given"], all);
    expectRate(["blank:family"], duplicateRates["blank:family"], all);
    expectRate(
      ["family:changed"],
      duplicateRates["family:changed"],
      all.filter(({ person }) => person.sex === "FEMALE"),
    );
    expectRate(["typo:family", "typo:family:short"], duplicateRates["typo:family"], all);
    // Short family names (MASON, LEE) get typos as often as long ones.
    expectRate(
      ["typo:family:short"],
      duplicateRates["typo:family"],
      all.filter(({ person }) => person.familyName.length <= 5),
    );
    expectRate(
      ["blank:dob"],
      duplicateRates["blank:dob"],
      all.filter(({ record }) => identifiable(record)),
    );
    const [, month, day] = [0, 1, 2];
    const swappable = withDate.filter(({ person }) => {
      const parts = person.birthDate.split("-");
      return Number(parts[day]) <= 12 && parts[day] !== parts[month];
    });
    expectRate(["dob:transposed"], duplicateRates["dob:transposed"], swappable);
    expectRate(["dob:year"], duplicateRates["dob:year"], withDate);
    expectRate(["dob:digit"], duplicateRates["dob:digit"], withDate);
    expectRate(
      ["ssn:substituted", "ssn:transposed"],
      duplicateRates["ssn:edited"],
      all.filter(({ record }) => ssnOf(record)),
    );
    expectRate(
      ["medicaid:substituted", "medicaid:transposed"],
      duplicateRates["medicaid:edited"],
      all.filter(({ record }) => medicaidOf(record)),
    );
    expectRate(["insufficient"], duplicateRates.insufficient, sample);
  });

  it("puts several corruptions on one record at once, as FEBRL's duplicates carry up to four", () => {
    const errors = sample.map(({ record }) => record.corruptions.filter((label) => !circumstances.has(label)).length);
    expect(errors.filter((n) => n >= 2).length / errors.length).toBeGreaterThan(0.08);
    expect(errors.filter((n) => n >= 3).length).toBeGreaterThan(50);
    // The combined misses: a birth date and the SSN both mistyped; a sound-alike given name with another family name.
    const both = (a: string[], b: string[]) => sample.filter(({ record }) => a.some((l) => has(record, l)) && b.some((l) => has(record, l))).length;
    expect(both(["dob:transposed", "dob:year", "dob:digit"], ["ssn:substituted", "ssn:transposed"])).toBeGreaterThan(10);
    expect(both(["sound:given"], ["family:changed", "typo:family", "typo:family:short"])).toBeGreaterThan(50);
  });

  it("blanks a field as null, never below 'a name and a birth date or an identifier', except the few records labelled insufficient", () => {
    for (const { record } of sample) {
      const { givenName, familyName, birthDate } = record.input;
      if (has(record, "blank:given")) expect(givenName).toBeNull();
      if (has(record, "blank:family")) expect(familyName).toBeNull();
      if (has(record, "blank:dob")) expect(birthDate).toBeNull();
      const enough = (givenName !== null || familyName !== null) && (birthDate !== null || identifiable(record));
      expect(enough, record.corruptions.join(" ")).toBe(!has(record, "insufficient"));
    }
  });

  it("mistypes an SSN or Medicaid ID by one digit or one transposition, into a valid-format number", () => {
    for (const { person, record } of sample) {
      const [ssn, medicaidId] = [ssnOf(record), medicaidOf(record)];
      if (ssn) expect(ssnProblem(ssn)).toBeUndefined();
      if (ssn && ssn !== person.ssn) expect(record.corruptions).toContain(`ssn:${oneEditApart(person.ssn!, ssn)}`);
      if (medicaidId && medicaidId !== person.medicaidId) expect(record.corruptions).toContain(`medicaid:${oneEditApart(person.medicaidId!, medicaidId)}`);
    }
  });

  it("types one error into short family names too (MASON → MAXON), and leaves two-letter words alone", () => {
    const random = new Random(3);
    for (const word of ["LEE", "COX", "MASON", "KIM"]) {
      const typed = typo(word, random);
      expect(typed).not.toBe(word);
      expect(Math.abs(typed.length - word.length)).toBeLessThanOrEqual(1);
    }
    expect(typo("LI", random)).toBe("LI");
  });

  it("gives twins SSNs of their own, on both first records", () => {
    const random = new Random(11);
    const people = new PopulationFactory(random).population(20_000);
    const byTruth = new Map(people.map((person) => [person.truthId, person]));
    const twins = people.filter((person) => person.kind === "TWIN");
    expect(twins.length).toBeGreaterThan(150);
    for (const twin of twins) {
      const other = byTruth.get(twin.twinOf!)!;
      expect(other.twinOf).toBe(twin.truthId);
      expect([twin.birthDate, twin.familyName, twin.addressLine1]).toEqual([other.birthDate, other.familyName, other.addressLine1]);
      expect(twin.ssn).not.toBe(other.ssn);
      expect(ssnOf(recordOf(twin, random))).toBe(twin.ssn);
      expect(ssnOf(recordOf(other, random))).toBe(other.ssn);
    }
  });

  it("invents every SSN: valid format, never area 000, 666 or 900–999", () => {
    const people = new PopulationFactory(new Random(5)).population(20_000);
    for (const { ssn } of people.filter((person) => person.ssn)) expect(ssnProblem(ssn!), ssn!).toBeUndefined();
    expect(new Set(people.map((person) => person.ssn).filter(Boolean)).size).toBe(people.filter((person) => person.ssn).length);
  });

  it("keeps repeats about 23 % of registrations", () => {
    const { records } = syntheticRegistrations(1969, 10_000);
    const seen = new Set<string>();
    const repeated = records.filter((record) => seen.has(record.truthId) || (seen.add(record.truthId), false)).length;
    expect(repeated / records.length).toBeGreaterThan(0.21);
    expect(repeated / records.length).toBeLessThan(0.25);
  });
});
