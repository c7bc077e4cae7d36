import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { modelFile, modelFileText } from "../../src/matching/training/train.command.ts";
import { defaultTrainingSettings, trainMatchingModel } from "../../src/matching/training/train-model.ts";
import { pairsSharingKeys, randomPairs } from "../../src/matching/training/training-pairs.ts";
import { Random } from "../../src/demo/synthetic/random.ts";

describe("training pairs", () => {
  it("pairs records sharing any key once each, the earlier record first", () => {
    expect(pairsSharingKeys([["a", "b"], ["b"], ["a", "b"], ["c"]])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("draws random pairs of two different records from a seeded source", () => {
    const pairs = randomPairs(10, 1000, new Random(5));
    expect(pairs.every(([a, b]) => a < b && b < 10)).toBe(true);
    expect(randomPairs(10, 1000, new Random(5))).toEqual(pairs);
  });
});

describe("the training command", () => {
  it("writes the same model, byte for byte, every time it runs with the same settings", () => {
    const settings = { ...defaultTrainingSettings, records: 800, randomPairs: 5000 };
    const first = modelFileText(trainMatchingModel(settings).model);
    const second = modelFileText(trainMatchingModel(settings).model);
    expect(second).toBe(first);
    const model = JSON.parse(first);
    expect(model.comparisons.BIRTH_DATE.EXACT.m).toBeGreaterThan(0.5);
    expect(model.lambda).toBeGreaterThan(0);
    expect(first).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });
});

describe("the committed model", () => {
  // Regenerating it takes ~20 s (200,000 random pairs), too long for this suite: `npm run train:matching` then `git diff` does it.
  it("was written at the command's default settings, and each field's m and u are distributions", () => {
    const model = JSON.parse(readFileSync(modelFile, "utf8"));
    expect(model.provenance.data).toMatchObject({ seed: defaultTrainingSettings.seed, records: defaultTrainingSettings.records });
    expect(model.provenance.pairs.random).toBe(defaultTrainingSettings.randomPairs);
    for (const levels of Object.values(model.comparisons) as Record<string, { m: number; u: number }>[]) {
      const sum = (key: "m" | "u") => Object.values(levels).reduce((total, level) => total + level[key], 0);
      expect(sum("m")).toBeCloseTo(1, 4);
      expect(sum("u")).toBeCloseTo(1, 4);
    }
  });
});
