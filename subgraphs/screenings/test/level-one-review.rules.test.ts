import { describe, expect, it } from "vitest";
import { reviewInputProblem, reviewTransitionRefusal } from "../src/level-one-review/level-one-review.rules.ts";

describe("a PAA's review of a Level I (OH guide, review results; IL manual, IV.3)", () => {
  it("an unreviewed screen may be confirmed or returned", () => {
    expect(reviewTransitionRefusal("NOT_REVIEWED", "CONFIRMED")).toBeNull();
    expect(reviewTransitionRefusal("NOT_REVIEWED", "RETURNED_INCOMPLETE")).toBeNull();
  });

  it("a returned screen may be confirmed once completed, not returned twice", () => {
    expect(reviewTransitionRefusal("RETURNED_INCOMPLETE", "CONFIRMED")).toBeNull();
    expect(reviewTransitionRefusal("RETURNED_INCOMPLETE", "RETURNED_INCOMPLETE")).toMatch(/already returned/);
  });

  it("a confirmed screen's review is final", () => {
    expect(reviewTransitionRefusal("CONFIRMED", "CONFIRMED")).toMatch(/final/);
    expect(reviewTransitionRefusal("CONFIRMED", "RETURNED_INCOMPLETE")).toMatch(/final/);
  });

  it("a returned screen must say what is missing; no review precedes its screen", () => {
    expect(reviewInputProblem({ decision: "RETURNED_INCOMPLETE", reviewedOn: "2026-11-03", findings: null }, "2026-11-02")?.field).toBe("input.findings");
    expect(reviewInputProblem({ decision: "CONFIRMED", reviewedOn: "2026-11-01", findings: null }, "2026-11-02")?.field).toBe("input.reviewedOn");
    expect(reviewInputProblem({ decision: "CONFIRMED", reviewedOn: "2026-11-02", findings: null }, "2026-11-02")).toBeNull();
  });
});
