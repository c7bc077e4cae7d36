import { describe, expect, it } from "vitest";
import { receivedCompleteOn, reviewInputProblem, reviewTransitionRefusal } from "../src/level-one-review/level-one-review.rules.ts";

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

  const filed = { screenedOn: "2026-11-02", returnedOn: null };
  const returned = { screenedOn: "2026-11-02", returnedOn: "2026-11-04" };
  const review = (decision: "CONFIRMED" | "RETURNED_INCOMPLETE", reviewedOn: string, extra: { findings?: string; receivedCompleteOn?: string } = {}) => ({
    decision,
    reviewedOn,
    findings: extra.findings ?? null,
    receivedCompleteOn: extra.receivedCompleteOn ?? null,
  });

  it("a returned screen must say what is missing; no review precedes its screen", () => {
    expect(reviewInputProblem(review("RETURNED_INCOMPLETE", "2026-11-03"), filed)?.field).toBe("input.findings");
    expect(reviewInputProblem(review("CONFIRMED", "2026-11-01"), filed)?.field).toBe("input.reviewedOn");
    expect(reviewInputProblem(review("CONFIRMED", "2026-11-02"), filed)).toBeNull();
  });

  it("OH: the PAS takes effect the day a complete and accurate screen reached the PAA, as the PAA decides (OH guide, PAS effective date)", () => {
    expect(receivedCompleteOn(review("CONFIRMED", "2026-11-05"), filed)).toBe("2026-11-02");
    expect(receivedCompleteOn(review("CONFIRMED", "2026-11-09"), returned)).toBe("2026-11-09");
    expect(receivedCompleteOn(review("CONFIRMED", "2026-11-09", { receivedCompleteOn: "2026-11-06" }), returned)).toBe("2026-11-06");
  });

  it("the day received complete is only given on confirming, and lies between the return and the confirming review", () => {
    expect(
      reviewInputProblem(review("RETURNED_INCOMPLETE", "2026-11-04", { findings: "no diagnosis list", receivedCompleteOn: "2026-11-04" }), filed)?.field,
    ).toBe("input.receivedCompleteOn");
    expect(reviewInputProblem(review("CONFIRMED", "2026-11-09", { receivedCompleteOn: "2026-11-03" }), returned)?.message).toMatch(/returned incomplete/);
    expect(reviewInputProblem(review("CONFIRMED", "2026-11-09", { receivedCompleteOn: "2026-11-10" }), returned)?.field).toBe("input.receivedCompleteOn");
    expect(reviewInputProblem(review("CONFIRMED", "2026-11-09", { receivedCompleteOn: "2026-11-06" }), returned)).toBeNull();
  });
});
