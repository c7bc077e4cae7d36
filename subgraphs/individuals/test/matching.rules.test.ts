import { describe, expect, it } from "vitest";
import { blockingKeys, searchCriteriaKeys } from "../src/matching/blocking.rules.ts";
import { decide, type MatchThresholds } from "../src/matching/decision.rules.ts";
import { compareBirthDates, compareFamilyNames, compareGivenNames } from "../src/matching/demographic-comparison.rules.ts";
import type { Candidate, Face, PersonEvidence } from "../src/matching/evidence.model.ts";
import { assess, contradictsIdentifier, mayMatchAutomatically } from "../src/matching/matching.rules.ts";
import { agreementWeight } from "../src/matching/weights.rules.ts";

const face = (overrides: Partial<Face> = {}): Face => ({
  givenName: "Margaret",
  middleName: "Ann",
  familyName: "Quillfeather",
  suffix: null,
  birthDate: "1941-03-17",
  sex: "FEMALE",
  postalCode: "45212",
  addressLine1: "12 Orchard Lane",
  source: "RECORD",
  ...overrides,
});
const evidence = (f: Partial<Face> = {}, more: Partial<PersonEvidence> = {}): PersonEvidence => ({
  faces: [face(f)],
  identifiers: [],
  ssnLastFour: null,
  ...more,
});
const candidate = (id: string, f: Partial<Face> = {}, more: Partial<PersonEvidence> = {}): Candidate => ({ id, ...evidence(f, more) });
const ssn = (value: string) => ({ type: "SSN" as const, issuer: "SSA", value });
const thresholds: MatchThresholds = { match: 23, review: 8, reviewListSize: 5 };
const agreementOn = (field: string, a: ReturnType<typeof assess>) => a.reasons.find((r) => r.field === field)?.agreement;

describe("field agreement", () => {
  it.each([
    ["1941-03-17", "1941-03-17", "EXACT"],
    ["1941-03-07", "1941-07-03", "TRANSPOSED"],
    ["1941-03-17", "1941-03-18", "TYPO"],
    ["1941-03-17", "1914-03-17", "TYPO"],
    ["1941-03-17", "1952-08-30", "DIFFERENT"],
  ])("birth dates %s and %s agree %s", (a, b, level) => {
    expect(compareBirthDates(a, b)).toBe(level);
  });

  it.each([
    ["Margaret", "margaret", "EXACT"],
    ["Peggy", "Margaret", "NICKNAME"],
    ["Margaert", "Margaret", "SIMILAR"],
    ["M.", "Margaret", "INITIAL"],
    ["Dorothy", "Margaret", "DIFFERENT"],
  ])("given names %s and %s agree %s", (a, b, level) => {
    expect(compareGivenNames(face({ givenName: a }), face({ givenName: b }))).toBe(level);
  });

  it.each([
    ["Quillfeather", "QUILL-FEATHER", "EXACT"],
    ["Abernathy-Soto", "Soto", "PART"],
    ["Quilfeather", "Quillfeather", "SIMILAR"],
    ["Brandt", "Quillfeather", "DIFFERENT"],
  ])("family names %s and %s agree %s", (a, b, level) => {
    expect(compareFamilyNames(face({ familyName: a }), face({ familyName: b }))).toBe(level);
  });

  it("weights are log2(m/u): evidence for is positive, against is negative, missing is nothing", () => {
    expect(agreementWeight("BIRTH_DATE", "EXACT")).toBeCloseTo(Math.log2(0.92 / 0.0001), 2);
    expect(agreementWeight("GIVEN_NAME", "DIFFERENT")).toBeLessThan(0);
    expect(agreementWeight("SEX", "MISSING")).toBe(0);
  });
});

describe("scoring a candidate explains itself", () => {
  it("the score is the sum of the per-field weights, and the reasons name each field", () => {
    const a = assess(evidence({ givenName: "Peggy" }), candidate("c1"));
    expect(a.score).toBeCloseTo(
      a.reasons.reduce((sum, r) => sum + r.weight, 0),
      5,
    );
    expect(a.reasons.map((r) => r.field)).toEqual([
      "GIVEN_NAME",
      "MIDDLE_NAME",
      "FAMILY_NAME",
      "SUFFIX",
      "BIRTH_DATE",
      "SEX",
      "ADDRESS",
      "SSN",
      "MEDICAID_ID",
      "MEDICARE_MBI",
    ]);
    expect(agreementOn("GIVEN_NAME", a)).toBe("NICKNAME");
  });

  it("a previous name counts: a new family name matches the maiden name on record", () => {
    const onRecord = candidate(
      "c1",
      { familyName: "Brandt" },
      { faces: [face({ familyName: "Brandt" }), face({ familyName: "Quillfeather", source: "PREVIOUS_NAME" })] },
    );
    const a = assess(evidence(), onRecord);
    expect(a.via).toBe("PREVIOUS_NAME");
    expect(agreementOn("FAMILY_NAME", a)).toBe("EXACT");
  });

  it("SSN: full agreement, last four, or a conflict; Medicaid IDs of one state conflict when they differ", () => {
    expect(agreementOn("SSN", assess(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c", {}, { ssnLastFour: "6789" })))).toBe("LAST_FOUR");
    expect(agreementOn("SSN", assess(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c", {}, { identifiers: [ssn("123456780")] })))).toBe(
      "CONFLICT",
    );
    const oh = (value: string) => ({ type: "MEDICAID_ID" as const, issuer: "OH", value });
    expect(
      agreementOn("MEDICAID_ID", assess(evidence({}, { identifiers: [oh("100000000001")] }), candidate("c", {}, { identifiers: [oh("100000000002")] }))),
    ).toBe("CONFLICT");
  });
});

describe("deciding (Fellegi–Sunter with a clerical-review band)", () => {
  it("the same person written the same way is MATCHED", () => {
    expect(decide([assess(evidence(), candidate("c1"))], thresholds)).toMatchObject({ outcome: "MATCHED", match: { candidateId: "c1" } });
  });

  it("nobody similar is CREATED", () => {
    expect(
      decide([assess(evidence(), candidate("c1", { givenName: "Hollis", familyName: "Brandt", birthDate: "1950-01-01", sex: "MALE" }))], thresholds),
    ).toEqual({ outcome: "CREATED" });
  });

  it("a conflicting SSN never matches automatically, however alike the rest", () => {
    const a = assess(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c1", {}, { identifiers: [ssn("223456789")] }));
    expect(mayMatchAutomatically(a, thresholds.match)).toBe(false);
    expect(decide([a], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
  });

  it("twins (other given name, same family, birth date and home) go to review, never MATCHED", () => {
    expect(decide([assess(evidence({ givenName: "Dorothy" }), candidate("c1"))], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
  });

  it("a nickname alone is not enough for the machine (Mary and Maria may be twins); with the SSN's last four it is", () => {
    const twinLike = assess(evidence({ givenName: "Peggy", middleName: null }), candidate("c1", { middleName: null }));
    expect(decide([twinLike], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
    const witnessed = assess(
      evidence({ givenName: "Peggy", middleName: null }, { ssnLastFour: "6789" }),
      candidate("c1", { middleName: null }, { identifiers: [ssn("123456789")] }),
    );
    expect(decide([witnessed], thresholds).outcome).toBe("MATCHED");
  });

  it("father and son (JR/SR) with the same name and home are not merged by the machine", () => {
    const a = assess(evidence({ suffix: "Jr", birthDate: "1941-03-18" }), candidate("c1", { suffix: "Sr" }));
    expect(decide([a], thresholds).outcome).not.toBe("MATCHED");
  });

  it("two plausible candidates go to review together, unless a reviewer already said they are different people", () => {
    const both = [assess(evidence(), candidate("c1")), assess(evidence(), candidate("c2", { addressLine1: "1 Other St" }))];
    expect(decide(both, thresholds)).toMatchObject({ outcome: "POSSIBLE_DUPLICATE", candidates: [{ candidateId: "c1" }, { candidateId: "c2" }] });
    expect(decide(both, thresholds, (a, b) => [a, b].sort().join() === "c1,c2")).toMatchObject({ outcome: "MATCHED", match: { candidateId: "c1" } });
  });

  it("an identifier on a person whose birth date and both names disagree contradicts the match", () => {
    const a = assess(evidence({ givenName: "Desmond", familyName: "Brandt", birthDate: "1960-01-30" }), candidate("c1"));
    expect(contradictsIdentifier(a)).toBe(true);
    expect(contradictsIdentifier(assess(evidence({ familyName: "Brandt" }), candidate("c1")))).toBe(false);
  });
});

describe("blocking keys: a duplicate shares a key with its original under any single disturbance", () => {
  const original = evidence({ birthDate: "1941-03-07" });
  const shares = (other: PersonEvidence) => blockingKeys(other).some((key) => blockingKeys(original).includes(key));

  it.each([
    ["a nickname", { givenName: "Peggy" }],
    ["a misspelt given name", { givenName: "Margeret" }],
    ["a misspelt family name", { familyName: "Quillfaether" }],
    ["a changed family name", { familyName: "Brandt" }],
    ["day and month swapped", { birthDate: "1941-07-03" }],
    ["a mistyped birth year", { birthDate: "1914-03-07" }],
    ["a mistyped birth day", { birthDate: "1941-03-01" }],
    ["another address", { postalCode: "43001", addressLine1: "9 Elm St" }],
  ] as [string, Partial<Face>][])("%s", (_, change) => {
    expect(shares(evidence({ birthDate: "1941-03-07", ...change }))).toBe(true);
  });

  it("different people rarely share a key: another name and birth date share none", () => {
    expect(shares(evidence({ givenName: "Hollis", familyName: "Brandt", birthDate: "1950-01-01" }))).toBe(false);
  });

  it("a search by family name and birth date asks the narrow keys first, then the family's", () => {
    expect(searchCriteriaKeys({ givenName: null, familyName: "Quillfeather", birthDate: "1941-03-17" })).toEqual([
      expect.stringMatching(/^FD:/),
      expect.stringMatching(/^F:/),
    ]);
  });
});
