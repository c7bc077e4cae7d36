import { describe, expect, it } from "vitest";
import { loadIdentityConfig } from "../src/individuals.config.ts";
import { blockingKeys, searchCriteriaKeys } from "../src/matching/blocking.rules.ts";
import { decide, marginOverRivals } from "../src/matching/decision.rules.ts";
import { compareBirthDates, compareFamilyNames, compareGivenNames } from "../src/matching/demographic-comparison.rules.ts";
import { assess, contradictsIdentifier, isDecidedNonMatch, mayMatchAutomatically, type Assessment } from "../src/matching/matching.rules.ts";
import { fallbackModel } from "../src/matching/model/fallback-model.ts";
import { agreementWeight } from "../src/matching/weights.rules.ts";
import type { Candidate, Face, PersonEvidence } from "../src/matching/evidence.model.ts";
import { candidate, evidence, face, ssn } from "./support/evidence.ts";

/** The default thresholds, with the hand-set model (no trained model is on file in the repository). */
const { thresholds } = loadIdentityConfig({});
const assess_ = (probe: PersonEvidence, c: Candidate) => assess(probe, c, fallbackModel);
const agreementOn = (field: string, a: ReturnType<typeof assess>) => a.reasons.find((r) => r.field === field)?.agreement;

describe("field agreement", () => {
  it.each([
    ["1941-03-17", "1941-03-17", "EXACT"],
    ["1941-03-07", "1941-07-03", "DAY_MONTH_SWAP"],
    ["1941-03-17", "1941-03-18", "ONE_DIGIT"],
    ["1941-03-17", "1947-03-17", "ONE_DIGIT"],
    ["1941-03-17", "1971-03-17", "ONE_DIGIT"],
    ["1941-03-17", "1914-03-17", "DIGITS_TRANSPOSED"],
    ["1941-03-17", "1941-03-71", "DIGITS_TRANSPOSED"],
    ["1941-03-17", "1941-04-18", "DIFFERENT"],
    ["1941-03-17", "1952-08-30", "DIFFERENT"],
  ])("birth dates %s and %s agree %s", (a, b, level) => {
    expect(compareBirthDates(a, b)).toBe(level);
  });

  it.each([
    ["Margaret", "margaret", "EXACT"],
    ["Peggy", "Margaret", "NICKNAME"],
    ["Margaert", "Margaret", "ONE_EDIT"],
    ["Katherine", "Catherine", "ONE_EDIT"],
    ["Stephan", "Stefan", "PHONETIC"],
    ["Margrete", "Margaret", "SIMILAR"],
    ["M.", "Margaret", "INITIAL"],
    ["Dorothy", "Margaret", "DIFFERENT"],
  ])("given names %s and %s agree %s", (a, b, level) => {
    expect(compareGivenNames(face({ givenName: a }), face({ givenName: b }))).toBe(level);
  });

  it.each([
    ["Quillfeather", "QUILL-FEATHER", "EXACT"],
    ["Abernathy-Soto", "Soto", "PART"],
    ["Quilfeather", "Quillfeather", "ONE_EDIT"],
    ["Maxon", "Mason", "ONE_EDIT"],
    ["Smith", "Schmidt", "PHONETIC"],
    ["Thompson", "Tomson", "SIMILAR"],
    ["Brandt", "Quillfeather", "DIFFERENT"],
  ])("family names %s and %s agree %s", (a, b, level) => {
    expect(compareFamilyNames(face({ familyName: a }), face({ familyName: b }))).toBe(level);
  });

  it("weights are log2(m/u): evidence for is positive, against is negative, missing is nothing", () => {
    expect(agreementWeight("BIRTH_DATE", "EXACT", fallbackModel)).toBeCloseTo(Math.log2(0.9 / 0.00007), 2);
    expect(agreementWeight("GIVEN_NAME", "DIFFERENT", fallbackModel)).toBeLessThan(0);
    expect(agreementWeight("SEX", "MISSING", fallbackModel)).toBe(0);
  });
});

describe("scoring a candidate explains itself", () => {
  it("the score is the sum of the per-field weights, and the reasons name each field", () => {
    const a = assess_(evidence({ givenName: "Peggy" }), candidate("c1"));
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
    const a = assess_(evidence(), onRecord);
    expect(a.via).toBe("PREVIOUS_NAME");
    expect(agreementOn("FAMILY_NAME", a)).toBe("EXACT");
  });

  it("SSN: full agreement, last four, one keying error, or a conflict; Medicaid IDs of one state conflict when they differ", () => {
    const ssnLevel = (a: string, b: string) =>
      agreementOn("SSN", assess_(evidence({}, { identifiers: [ssn(a)] }), candidate("c", {}, { identifiers: [ssn(b)] })));
    expect(ssnLevel("123456789", "123456789")).toBe("EXACT");
    expect(ssnLevel("123456789", "123456798")).toBe("ONE_EDIT");
    expect(ssnLevel("123456789", "123456780")).toBe("ONE_EDIT");
    expect(ssnLevel("123456789", "987654321")).toBe("CONFLICT");
    expect(ssnLevel("123456789", "123456700")).toBe("CONFLICT");
    expect(agreementOn("SSN", assess_(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c", {}, { ssnLastFour: "6789" })))).toBe("LAST_FOUR");
    expect(agreementOn("SSN", assess_(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c", {}, { identifiers: [ssn("223456780")] })))).toBe(
      "CONFLICT",
    );
    const oh = (value: string) => ({ type: "MEDICAID_ID" as const, issuer: "OH", value });
    expect(
      agreementOn("MEDICAID_ID", assess_(evidence({}, { identifiers: [oh("100000000001")] }), candidate("c", {}, { identifiers: [oh("100000000099")] }))),
    ).toBe("CONFLICT");
    expect(
      agreementOn("MEDICAID_ID", assess_(evidence({}, { identifiers: [oh("100000000001")] }), candidate("c", {}, { identifiers: [oh("100000000002")] }))),
    ).toBe("ONE_EDIT");
  });
});

describe("deciding (Fellegi–Sunter with a clerical-review band)", () => {
  it("the same person written the same way is MATCHED", () => {
    expect(decide([assess_(evidence(), candidate("c1"))], thresholds)).toMatchObject({ outcome: "MATCHED", match: { candidateId: "c1" } });
  });

  it("nobody similar is CREATED", () => {
    expect(
      decide([assess_(evidence(), candidate("c1", { givenName: "Hollis", familyName: "Brandt", birthDate: "1950-01-01", sex: "MALE" }))], thresholds),
    ).toEqual({ outcome: "CREATED" });
  });

  it("a conflicting SSN never matches automatically, however alike the rest", () => {
    const a = assess_(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c1", {}, { identifiers: [ssn("987654321")] }));
    expect(mayMatchAutomatically(a, thresholds.match)).toBe(false);
    expect(decide([a], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
  });

  it("twins (other given name, same family, birth date and home) go to review, never MATCHED", () => {
    expect(decide([assess_(evidence({ givenName: "Dorothy" }), candidate("c1"))], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
  });

  it("twins whose SSNs conflict are CREATED, not reviewed: another given name and another SSN decide it, whatever family name, birth date and home say", () => {
    const twin = assess_(
      evidence({ givenName: "Dorothy", middleName: null }, { identifiers: [ssn("123456789")] }),
      candidate("c1", { middleName: null }, { identifiers: [ssn("223344556")] }),
    );
    expect(agreementOn("SSN", twin)).toBe("CONFLICT");
    expect(isDecidedNonMatch(twin)).toBe(true);
    expect(decide([twin], thresholds)).toEqual({ outcome: "CREATED" });
    // Names one letter apart are two names too (Jane and June).
    const close = assess_(
      evidence({ givenName: "Jane" }, { identifiers: [ssn("123456789")] }),
      candidate("c1", { givenName: "June" }, { identifiers: [ssn("223344556")] }),
    );
    expect(decide([close], thresholds)).toEqual({ outcome: "CREATED" });
  });

  it("a conflicting SSN alone is not decided: with the same given name the pair still reaches a reviewer", () => {
    const a = assess_(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c1", {}, { identifiers: [ssn("987654321")] }));
    expect(isDecidedNonMatch(a)).toBe(false);
    expect(decide([a], thresholds).outcome).toBe("POSSIBLE_DUPLICATE");
  });

  it("a nickname with everything else agreeing is MATCHED by the score, no witness needed", () => {
    expect(decide([assess_(evidence({ givenName: "Peggy" }), candidate("c1"))], thresholds).outcome).toBe("MATCHED");
  });

  it("one transposed SSN digit with everything else the same is MATCHED: it weighs, it does not veto", () => {
    const a = assess_(evidence({}, { identifiers: [ssn("123456789")] }), candidate("c1", {}, { identifiers: [ssn("123456798")] }));
    expect(mayMatchAutomatically(a, thresholds.match)).toBe(true);
  });

  it("a changed birth date and a one-digit SSN change still reach a reviewer (not a new person)", () => {
    const a = assess_(
      evidence({ birthDate: "1950-11-02" }, { identifiers: [ssn("123456789")] }),
      candidate("c1", { addressLine1: null, postalCode: null, middleName: null }, { identifiers: [ssn("123456788")] }),
    );
    expect(a.score).toBeGreaterThanOrEqual(thresholds.review);
  });

  it("names written the other way round are MATCHED with the rest agreeing", () => {
    const a = assess_(evidence({ givenName: "Quillfeather", familyName: "Margaret" }), candidate("c1"));
    expect(agreementOn("GIVEN_NAME", a)).toBe("SWAPPED");
    expect(decide([a], thresholds).outcome).toBe("MATCHED");
  });

  it("father and son (JR/SR) with the same name and home are never merged by the machine, whatever the score", () => {
    const a = assess_(evidence({ suffix: "Jr", birthDate: "1941-03-18" }), candidate("c1", { suffix: "Sr" }));
    expect(decide([a], thresholds).outcome).not.toBe("MATCHED");
    const identical = assess_(
      evidence({ suffix: "Jr" }, { identifiers: [ssn("123456789")] }),
      candidate("c1", { suffix: "Sr" }, { identifiers: [ssn("123456789")] }),
    );
    expect(identical.score).toBeGreaterThan(thresholds.match);
    expect(mayMatchAutomatically(identical, thresholds.match)).toBe(false);
  });

  it("two plausible candidates go to review together, unless a reviewer already said they are different people", () => {
    const both = [assess_(evidence(), candidate("c1")), assess_(evidence(), candidate("c2", { addressLine1: "1 Other St" }))];
    expect(decide(both, thresholds)).toMatchObject({ outcome: "POSSIBLE_DUPLICATE", candidates: [{ candidateId: "c1" }, { candidateId: "c2" }] });
    expect(decide(both, thresholds, (a, b) => [a, b].sort().join() === "c1,c2")).toMatchObject({ outcome: "MATCHED", match: { candidateId: "c1" } });
  });

  it("an identifier on a person whose birth date and both names disagree contradicts the match", () => {
    const a = assess_(evidence({ givenName: "Desmond", familyName: "Brandt", birthDate: "1960-01-30" }), candidate("c1"));
    expect(contradictsIdentifier(a)).toBe(true);
    expect(contradictsIdentifier(assess_(evidence({ familyName: "Brandt" }), candidate("c1")))).toBe(false);
  });
});

describe("rivals: a plausible other person makes the match ambiguous in proportion to its evidence (one-to-one assignment)", () => {
  /** A candidate with only a score: no conflicting identifier or suffix, so the score alone decides. */
  const scored = (candidateId: string, score: number): Assessment => ({ candidateId, score, reasons: [], via: "RECORD" });
  const gap = thresholds.match - thresholds.review;

  it("a strong best beside a weak rival is MATCHED: the best is far likelier than the rival", () => {
    const decision = decide([scored("best", thresholds.match + 10), scored("stranger", thresholds.review)], thresholds);
    expect(decision).toMatchObject({ outcome: "MATCHED", match: { candidateId: "best" } });
  });

  it("the best must lead its rivals by the gap between the match and review thresholds, no less", () => {
    const best = scored("best", thresholds.match + 5);
    expect(decide([best, scored("rival", best.score - gap)], thresholds).outcome).toBe("MATCHED");
    expect(decide([best, scored("rival", best.score - gap + 0.5)], thresholds)).toMatchObject({
      outcome: "POSSIBLE_DUPLICATE",
      candidates: [{ candidateId: "best" }, { candidateId: "rival" }],
    });
  });

  it("a rival the machine could match on its own always goes to review, however strong the best: a duplicate is likely already in the index", () => {
    const decision = decide([scored("best", thresholds.match + 4 * gap), scored("rival", thresholds.match)], thresholds);
    expect(decision).toMatchObject({ outcome: "POSSIBLE_DUPLICATE", candidates: [{ candidateId: "best" }, { candidateId: "rival" }] });
  });

  it("many weak rivals add up: each alone leaves the best MATCHED, together they send it to review", () => {
    const best = scored("best", thresholds.match + 10);
    const weak = (n: number) => scored(`rival-${n}`, best.score - gap - 1);
    expect(decide([best, weak(1)], thresholds).outcome).toBe("MATCHED");
    expect(decide([best, weak(1), weak(2), weak(3)], thresholds)).toMatchObject({ outcome: "POSSIBLE_DUPLICATE", candidates: { length: 4 } });
  });

  it("a rival a reviewer already judged someone else, or one decided to be someone else, does not count", () => {
    const best = scored("best", thresholds.match + 1);
    const twin = assess_(
      evidence({ givenName: "Dorothy", middleName: null }, { identifiers: [ssn("123456789")] }),
      candidate("twin", { middleName: null }, { identifiers: [ssn("223344556")] }),
    );
    expect(isDecidedNonMatch(twin)).toBe(true);
    expect(decide([best, twin], thresholds).outcome).toBe("MATCHED");
    expect(decide([best, scored("known-other", thresholds.match - 1)], thresholds, () => true).outcome).toBe("MATCHED");
  });

  it("the odds are summed in a numerically safe way: scores far beyond 2^1024 neither overflow nor underflow", () => {
    expect(marginOverRivals(scored("best", 3000), [scored("a", 1000), scored("b", 1000)])).toBeCloseTo(1999, 9);
    expect(marginOverRivals(scored("best", -1000), [scored("a", -3000), scored("b", -3000)])).toBeCloseTo(1999, 9);
    expect(marginOverRivals(scored("best", 40), [])).toBe(Infinity);
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
