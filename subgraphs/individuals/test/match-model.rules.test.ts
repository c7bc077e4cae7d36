import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { levelsOf, matchFields } from "../src/matching/agreement.model.ts";
import { withinOneEdit } from "../src/matching/edit-distance.rules.ts";
import { comparisonVector } from "../src/matching/matching.rules.ts";
import { fallbackModel } from "../src/matching/model/fallback-model.ts";
import { loadMatchModel } from "../src/matching/model/match-model.ts";
import { matchModelSchema, type MatchModel } from "../src/matching/model/match-model.validation.ts";
import { agreementWeight } from "../src/matching/weights.rules.ts";
import { evidence as evidenceOf } from "./support/evidence.ts";

/** This file's person has no middle name and no address: only the fields under test agree. */
const evidence = (f: Parameters<typeof evidenceOf>[0] = {}, more: Parameters<typeof evidenceOf>[1] = {}) =>
  evidenceOf({ middleName: null, postalCode: null, addressLine1: null, ...f }, more);
const fileWith = (content: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "match-model-")), "trained-model.json");
  writeFileSync(file, content);
  return file;
};

describe("Damerau–Levenshtein: one edit (Damerau 1964)", () => {
  it.each([
    ["MAXON", "MASON", true],
    ["MASON", "MASSON", true],
    ["MASON", "MASN", true],
    ["MASON", "MSAON", true],
    ["MASON", "MAXSON", true],
    ["MASON", "NOSAM", false],
    ["MASON", "MAXSONS", false],
    ["AB", "BA", true],
    ["ABCD", "BADC", false],
  ])("%s / %s: %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe("the comparison vector (what the EM trainer counts)", () => {
  it("names every field, with MISSING where either side does not say", () => {
    const vector = comparisonVector(
      evidence({ givenName: "Maragret", birthDate: null }),
      evidence({}, { identifiers: [{ type: "SSN", issuer: "SSA", value: "123456789" }] }),
    );
    expect(Object.keys(vector).sort()).toEqual([...matchFields].sort());
    expect(vector).toMatchObject({ GIVEN_NAME: "ONE_EDIT", FAMILY_NAME: "EXACT", BIRTH_DATE: "MISSING", SEX: "EXACT", SSN: "MISSING", MIDDLE_NAME: "MISSING" });
  });

  it("every level a vector can hold is one its field declares", () => {
    const vector = comparisonVector(evidence({ givenName: "Quillfeather", familyName: "Margaret" }), evidence());
    for (const field of matchFields) expect(levelsOf[field] as readonly string[]).toContain(vector[field]);
    expect(vector.GIVEN_NAME).toBe("SWAPPED");
  });
});

describe("the match model: trained when on file, the hand-set one otherwise", () => {
  it("the hand-set model is a valid model and gives every level but MISSING an m and u", () => {
    expect(matchModelSchema.safeParse(fallbackModel).success).toBe(true);
    for (const field of matchFields) {
      const levels = levelsOf[field].filter((level) => level !== "MISSING");
      expect(Object.keys(fallbackModel.comparisons[field]).sort(), field).toEqual([...levels].sort());
    }
  });

  it("no file: the hand-set model", () => {
    expect(loadMatchModel(path.join(tmpdir(), "no-such-dir", "trained-model.json"))).toBe(fallbackModel);
  });

  it("a trained file replaces the table", () => {
    const trained: MatchModel = {
      ...fallbackModel,
      comparisons: { ...fallbackModel.comparisons, SEX: { EXACT: { m: 0.9, u: 0.45 } } },
      provenance: { trainer: "em" },
    };
    const model = loadMatchModel(fileWith(JSON.stringify(trained)));
    expect(agreementWeight("SEX", "EXACT", model)).toBe(1);
    expect(agreementWeight("SEX", "DIFFERENT", model)).toBe(0);
  });

  it("a malformed file or a level its field does not have is refused, not silently ignored", () => {
    expect(() => loadMatchModel(fileWith(JSON.stringify({ lambda: 2, comparisons: {}, provenance: {} })))).toThrow(/not a match model/);
    const wrongLevel = { ...fallbackModel, comparisons: { ...fallbackModel.comparisons, SEX: { NICKNAME: { m: 0.5, u: 0.5 } } } };
    expect(() => loadMatchModel(fileWith(JSON.stringify(wrongLevel)))).toThrow(/SEX has no level NICKNAME/);
  });
});

describe("term-frequency adjustment (Winkler 1989; Splink): a common name agreeing says less than a rare one", () => {
  const model: MatchModel = { ...fallbackModel, termFrequencies: { FAMILY_NAME: { SMITH: 0.01, QUILLFEATHER: 0.000001 }, GIVEN_NAME: { MARY: 0.03 } } };

  it("SMITH weighs less than the average exact family name, a rare name more, bounded by the floor", () => {
    const average = agreementWeight("FAMILY_NAME", "EXACT", model);
    expect(agreementWeight("FAMILY_NAME", "EXACT", model, "SMITH")).toBeCloseTo(Math.log2(0.8 / 0.01), 2);
    expect(agreementWeight("FAMILY_NAME", "EXACT", model, "SMITH")).toBeLessThan(average);
    expect(agreementWeight("FAMILY_NAME", "EXACT", model, "QUILLFEATHER")).toBeCloseTo(Math.log2(0.8 / 0.0002), 2);
    expect(agreementWeight("FAMILY_NAME", "EXACT", model, "UNLISTED")).toBe(average);
    expect(agreementWeight("GIVEN_NAME", "EXACT", model, "MARY")).toBeLessThan(agreementWeight("GIVEN_NAME", "EXACT", model));
  });

  it("only exact agreement is adjusted", () => {
    expect(agreementWeight("FAMILY_NAME", "ONE_EDIT", model, "SMITH")).toBe(agreementWeight("FAMILY_NAME", "ONE_EDIT", model));
  });
});
