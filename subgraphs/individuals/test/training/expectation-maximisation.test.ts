import { describe, expect, it } from "vitest";
import { estimateByEm } from "../../src/matching/training/expectation-maximisation.rules.ts";
import { guessInitialM, trainBySessions } from "../../src/matching/training/training-sessions.rules.ts";
import { estimateU } from "../../src/matching/training/u-estimation.rules.ts";
import type { LevelProbabilities } from "../../src/matching/training/comparison-vector.model.ts";
import { drawPairs, knownModel } from "./known-model.ts";

const largestGap = (a: LevelProbabilities, b: LevelProbabilities) =>
  Math.max(...Object.entries(b).flatMap(([field, levels]) => Object.entries(levels).map(([level, value]) => Math.abs(a[field]![level]! - value))));

/** u estimated from 200,000 pairs of different people (λ = 0), as random pairs are almost all. */
const randomU = estimateU(drawPairs(200_000, 11, 0).map((pair) => pair.vector));

describe("estimating u from random pairs", () => {
  it("recovers the u of a known model from non-matching pairs, MISSING left out of the denominators", () => {
    expect(largestGap(randomU, knownModel.u)).toBeLessThan(0.005);
  });

  it("gives a level no pair reached a smoothed u of one in (pairs + levels), never 0", () => {
    const u = estimateU([{ SSN: "CONFLICT" }, { SSN: "CONFLICT" }, { SSN: "MISSING" }], { levels: { SSN: ["EXACT", "CONFLICT"] } });
    expect(u.SSN).toEqual({ CONFLICT: 3 / 4, EXACT: 1 / 4 });
  });
});

describe("expectation–maximisation", () => {
  const pairs = drawPairs(50_000, 7);
  const vectors = pairs.map((pair) => pair.vector);

  it("recovers m within 0.02 and λ within 0.01 from 50,000 pairs of a known model, u fixed from random pairs", () => {
    const result = estimateByEm(vectors, { initialM: guessInitialM(vectors, randomU), u: randomU, lambda: 0.1 });
    expect(result.converged).toBe(true);
    expect(largestGap(result.m, knownModel.m)).toBeLessThan(0.02);
    expect(Math.abs(result.lambda - knownModel.lambda)).toBeLessThan(0.01);
    expect(result.u).toEqual(randomU);
  });

  it("never lowers the log-likelihood from one iteration to the next, and stops once nothing moves by the tolerance", () => {
    const result = estimateByEm(vectors, { initialM: guessInitialM(vectors, knownModel.u), u: knownModel.u, lambda: 0.5, tolerance: 1e-8 });
    const steps = result.logLikelihood.slice(1).map((value, i) => value - result.logLikelihood[i]!);
    expect(Math.min(...steps)).toBeGreaterThan(-1e-6);
    expect(result.iterations).toBe(result.logLikelihood.length);
    expect(result.converged).toBe(true);
  });

  it("re-estimates u as well when asked (fixU: false)", () => {
    const result = estimateByEm(vectors, { initialM: guessInitialM(vectors, knownModel.u), u: estimateU(vectors), lambda: 0.1, fixU: false });
    expect(largestGap(result.m, knownModel.m)).toBeLessThan(0.02);
    expect(largestGap(result.u, knownModel.u)).toBeLessThan(0.02);
    expect(Math.abs(result.lambda - knownModel.lambda)).toBeLessThan(0.01);
  });

  it("estimates only λ when m is fixed too", () => {
    const result = estimateByEm(vectors, { initialM: knownModel.m, u: knownModel.u, lambda: 0.9, fixM: true });
    expect(result.m).toEqual(knownModel.m);
    expect(Math.abs(result.lambda - knownModel.lambda)).toBeLessThan(0.01);
  });

  it("gives the same answer on every run", () => {
    const options = { initialM: guessInitialM(vectors, knownModel.u), u: knownModel.u, lambda: 0.1 };
    expect(estimateByEm(vectors, options)).toEqual(estimateByEm(vectors, options));
  });
});

describe("training sessions", () => {
  it("leaves each session's blocked-on fields out and averages m over the sessions that left a field free", () => {
    const vectors = drawPairs(30_000, 3).map((pair) => pair.vector);
    const options = { initialM: guessInitialM(vectors, knownModel.u), u: knownModel.u, lambda: 0.1 };
    const { m, sessions } = trainBySessions(
      [
        { name: "names", vectors: vectors.slice(0, 15_000), fixedComparisons: ["GIVEN_NAME", "FAMILY_NAME"] },
        { name: "birth date", vectors: vectors.slice(15_000), fixedComparisons: ["BIRTH_DATE"] },
      ],
      options,
    );
    expect(Object.keys(sessions[0]!.m)).toEqual(["BIRTH_DATE", "SEX"]);
    expect(Object.keys(sessions[1]!.m)).toEqual(["GIVEN_NAME", "FAMILY_NAME", "SEX"]);
    expect(m.GIVEN_NAME).toEqual(sessions[1]!.m.GIVEN_NAME);
    expect(m.BIRTH_DATE).toEqual(sessions[0]!.m.BIRTH_DATE);
    expect(m.SEX!.EXACT).toBeCloseTo((sessions[0]!.m.SEX!.EXACT! + sessions[1]!.m.SEX!.EXACT!) / 2, 12);
    expect(largestGap(m, knownModel.m)).toBeLessThan(0.03);
  });

  it("refuses a field blocked on in every session, whose m nothing could estimate", () => {
    const vectors = drawPairs(100, 3).map((pair) => pair.vector);
    const options = { initialM: knownModel.m, u: knownModel.u, lambda: 0.1 };
    expect(() => trainBySessions([{ name: "sex", vectors, fixedComparisons: ["SEX"] }], options)).toThrow(/SEX is blocked on in every session/);
  });
});
