import { describe, expect, it } from "vitest";
import { termFrequencies, tfAdjustedWeight } from "../../src/matching/training/term-frequency.rules.ts";

describe("term frequencies", () => {
  it("gives each normalised value its share of the non-empty values, leaving out those seen fewer than minCount times", () => {
    const names = ["Smith", "SMITH ", "smith", "Jones", "jones", "Linacre", null, ""];
    const table = termFrequencies(names, { minCount: 2, normalise: (name) => name.trim().toUpperCase() });
    expect(table).toEqual({ frequencies: { SMITH: 3 / 6, JONES: 2 / 6 }, total: 6, minCount: 2 });
    expect(Object.keys(table.frequencies)).toEqual(["SMITH", "JONES"]);
  });
});

describe("the term-frequency adjusted weight", () => {
  it("is log2(m / tf) for an exact agreement: the value's frequency takes the place of u", () => {
    expect(tfAdjustedWeight(0.9, 0.01, 0.05, 0.001)).toBeCloseTo(Math.log2(0.9 / 0.05), 12);
    expect(tfAdjustedWeight(0.9, 0.01, 0.0002, 0.001)).toBeCloseTo(Math.log2(0.9 / 0.001), 12);
  });

  it("is the level's weight plus w·log2(u_exact / tf) for a fuzzy level scaled by the adjustment weight", () => {
    const weight = tfAdjustedWeight(0.1, 0.05, 0.02, 0.001, { uExact: 0.01, adjustmentWeight: 0.5 });
    expect(weight).toBeCloseTo(Math.log2(0.1 / 0.05) + 0.5 * Math.log2(0.01 / 0.02), 12);
  });

  it("leaves a value exactly as frequent as the level's u at the level's weight", () => {
    expect(tfAdjustedWeight(0.9, 0.01, 0.01, 0.001)).toBeCloseTo(Math.log2(0.9 / 0.01), 12);
  });
});
