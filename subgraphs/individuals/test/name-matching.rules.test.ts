import { describe, expect, it } from "vitest";
import { jaroWinkler } from "../src/matching/jaro-winkler.rules.ts";
import { compactName, matchingForm, suffixForm } from "../src/matching/name-normalisation.rules.ts";
import { areNicknameForms, givenNameRoots } from "../src/matching/nicknames.rules.ts";
import { nysiis } from "../src/matching/phonetic.rules.ts";

describe("names are compared without case, white space, diacritics or punctuation", () => {
  it.each([
    ["  Zoë  O'Brien-Smith ", "ZOE OBRIEN SMITH"],
    ["José", "JOSE"],
    ["Strauß", "STRAUSS"],
    ["Łukasz", "LUKASZ"],
    ["st. john", "ST JOHN"],
  ])("%j reads as %j", (raw, form) => {
    expect(matchingForm(raw)).toBe(form);
  });

  it("a compound family name matches with or without its hyphen", () => {
    expect(compactName("Marchetti-Lund")).toBe(compactName("marchetti lund"));
  });

  it.each([
    ["jr.", "JR"],
    ["Junior", "JR"],
    ["3rd", "III"],
    ["Sr", "SR"],
  ])("suffix %j is %j", (raw, form) => {
    expect(suffixForm(raw)).toBe(form);
  });
});

describe("Jaro–Winkler similarity (Winkler 1990)", () => {
  it.each([
    ["MARTHA", "MARHTA", 0.961],
    ["DWAYNE", "DUANE", 0.84],
    ["DIXON", "DICKSONX", 0.813],
  ])("%s ~ %s = %f, the published values", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it("is 1 for the same string and 0 for nothing in common", () => {
    expect(jaroWinkler("ABC", "ABC")).toBe(1);
    expect(jaroWinkler("ABC", "XYZ")).toBe(0);
    expect(jaroWinkler("", "ABC")).toBe(0);
  });
});

describe("NYSIIS phonetic code (Taft 1970)", () => {
  it.each([
    ["KATHERINE", "CATHERINE"],
    ["SMITH", "SMYTH"],
    ["QUENNEVILLE", "QUENEVILE"],
    ["PHILLIPS", "FILLIPS"],
    ["MACDONALD", "MCDONALD"],
  ])("%s and %s sound alike", (a, b) => {
    expect(nysiis(a)).toBe(nysiis(b));
  });

  it("names that sound different get different codes", () => {
    expect(nysiis("JOHNSON")).not.toBe(nysiis("JACKSON"));
  });
});

describe("nicknames (issue 3: Bill/William, Peggy/Margaret)", () => {
  it.each([
    ["BILL", "WILLIAM"],
    ["PEGGY", "MARGARET"],
    ["PEGGY", "MAGGIE"],
    ["BOB", "ROBERT"],
    ["DICK", "RICHARD"],
  ])("%s and %s are one name", (a, b) => {
    expect(areNicknameForms(a, b)).toBe(true);
  });

  it("an ambiguous familiar form stands for each formal name it can be (AL)", () => {
    expect(givenNameRoots("AL")).toEqual(["ALAN", "ALBERT", "ALEXANDER", "ALFRED"]);
  });

  it("different names, and the same name, are not nicknames of each other", () => {
    expect(areNicknameForms("WILLIAM", "ROBERT")).toBe(false);
    expect(areNicknameForms("WILLIAM", "WILLIAM")).toBe(false);
  });
});
