import { describe, expect, it } from "vitest";
import { blockingKeys, registrationKeyKinds } from "../src/matching/blocking.rules.ts";
import type { Face, IdentifierValue, PersonEvidence } from "../src/matching/evidence.model.ts";

const face = (overrides: Partial<Face> = {}): Face => ({
  givenName: "Margaret",
  middleName: "Ann",
  familyName: "Quillfeather",
  suffix: null,
  birthDate: "1941-03-07",
  sex: "FEMALE",
  postalCode: "45212",
  addressLine1: "12 Orchard Lane",
  source: "RECORD",
  ...overrides,
});
const ids: IdentifierValue[] = [
  { type: "SSN", issuer: "SSA", value: "123456789" },
  { type: "MEDICAID_ID", issuer: "OH", value: "100200300400" },
  { type: "MEDICARE_MBI", issuer: "CMS", value: "1EG4TE5MK73" },
];
const person = (f: Partial<Face> = {}, identifiers: IdentifierValue[] = ids): PersonEvidence => ({ faces: [face(f)], identifiers, ssnLastFour: null });
const shared = (a: PersonEvidence, b: PersonEvidence) => blockingKeys(a).filter((key) => blockingKeys(b).includes(key));
const withSsn = (value: string) => ids.map((id) => (id.type === "SSN" ? { ...id, value } : id));

/** Issue 21: on FEBRL-style data a duplicate whose given-name sound and family name both changed escaped every key. */
describe("blocking: for any single corrupted field a record still shares a key with its original", () => {
  const original = person();
  it.each([
    ["a given-name typo that changes its sound", person({ givenName: "Nargaret" })],
    ["another given name altogether", person({ givenName: "Dolores" })],
    ["a family name replaced", person({ familyName: "Brandt" })],
    ["given and family name swapped", person({ givenName: "Quillfeather", familyName: "Margaret" })],
    ["day and month swapped", person({ birthDate: "1941-07-03" })],
    ["the birth year mistyped", person({ birthDate: "1971-03-07" })],
    ["the birth date replaced", person({ birthDate: "1950-11-23" })],
    ["the sex mistyped", person({ sex: "MALE" })],
    ["another address and ZIP", person({ postalCode: "43001", addressLine1: "9 Elm St" })],
    ["an SSN digit in the last four", person({}, withSsn("123456780"))],
    ["an SSN digit in the first five", person({}, withSsn("123457789"))],
    [
      "a Medicaid ID digit",
      person(
        {},
        ids.map((id) => (id.type === "MEDICAID_ID" ? { ...id, value: "100200300401" } : id)),
      ),
    ],
  ])("%s", (_, corrupted) => {
    expect(shared(original, corrupted)).not.toEqual([]);
  });

  it("without identifiers too: every single corrupted field leaves a key", () => {
    const bare = person({}, []);
    for (const change of [
      { givenName: "Dolores" },
      { familyName: "Brandt" },
      { givenName: "Quillfeather", familyName: "Margaret" },
      { birthDate: "1950-11-23" },
      { sex: "MALE" as const },
      { postalCode: "43001", addressLine1: "9 Elm St" },
    ]) {
      expect(shared(bare, person(change, [])), JSON.stringify(change)).not.toEqual([]);
    }
  });

  it("given-name sound changed and family name replaced (the double corruption that escaped): street and birth year, birth date with ZIP or sex", () => {
    expect(shared(person({}, []), person({ givenName: "Nargaret", familyName: "Brandt" }, [])).sort()).toEqual(
      ["BDS:1941:03:07:FEMALE", "DZ:1941:03:07:45212", "PY:12ORCHARDLANE:1941"].sort(),
    );
  });

  it("a missing field makes no key of its kind; the others stay", () => {
    const keys = blockingKeys(person({ birthDate: null }, []));
    expect(keys.some((key) => /^(NY|NM|FD|GD|DZ|DS|PY|SY):/.test(key))).toBe(false);
    expect(keys.some((key) => key.startsWith("NZ:"))).toBe(true);
    expect(keys.some((key) => key.startsWith("BN:"))).toBe(true);
  });

  it("keys are listed narrowest kind first, the middling (C) kinds after the narrow ones and the broad (B) kinds last, the order the store cuts in", () => {
    const keys = blockingKeys(original);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(keys.slice(-3)).toEqual(["BN:MARGARAT:QALFATAR", "BF:QALFATAR:1941", "BDS:1941:03:07:FEMALE"]);
    const tier = (key: string) => (key.startsWith("B") ? 2 : key.startsWith("C") ? 1 : 0);
    expect(keys.map(tier)).toEqual([...keys.map(tier)].sort());
  });

  it("a birth date keys alike with day and month swapped, so a swap and a changed family name still meet", () => {
    expect(shared(person({}, []), person({ familyName: "Brandt", birthDate: "1941-07-03", postalCode: "43001", addressLine1: null }, []))).toEqual([
      "GD:MARGARAT:1941:03:07",
      "CGM:MARGARAT:03:07",
      "BDS:1941:03:07:FEMALE",
    ]);
  });

  it("every key is of a declared kind, and a full record makes every kind", () => {
    const kinds = new Set(blockingKeys(original).map((key) => key.split(":")[0]));
    expect([...kinds].sort()).toEqual([...registrationKeyKinds].sort());
  });

  it("different people with other names, birth date and home share no key", () => {
    expect(
      shared(person({}, []), person({ givenName: "Hollis", familyName: "Brandt", birthDate: "1950-01-01", postalCode: "43001", addressLine1: "9 Elm St" }, [])),
    ).toEqual([]);
  });
});
