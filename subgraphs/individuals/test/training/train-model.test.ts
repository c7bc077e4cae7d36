import { describe, expect, it } from "vitest";
import { modelFileText } from "../../src/matching/training/train.command.ts";
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
