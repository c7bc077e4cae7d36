import { describe, expect, it } from "vitest";
import { arrivals, dueAt, dueBy } from "../scripts/bench/arrival-schedule.ts";

describe("the benchmark's open-loop arrival schedule", () => {
  it("spaces requests evenly at the rate, from t0", () => {
    expect([0, 1, 2, 150].map((k) => dueAt(k, 150))).toEqual([0, 1000 / 150, 2000 / 150, 1000]);
  });

  it("sends rate × seconds requests in a run", () => {
    expect(arrivals(150, 8)).toBe(1200);
    expect(arrivals(0.5, 1)).toBe(1);
  });

  it("counts as due every request whose time has come, and no more, whatever was answered", () => {
    expect(dueBy(-1, 100, 1000)).toBe(0);
    expect(dueBy(0, 100, 1000)).toBe(1);
    expect(dueBy(9.99, 100, 1000)).toBe(1);
    expect(dueBy(10, 100, 1000)).toBe(2);
    // A generator that wakes late sends the whole backlog at once, each request timed from its own due time.
    expect(dueBy(55, 100, 1000)).toBe(6);
    expect(dueBy(60_000, 100, 1000)).toBe(1000);
  });

  it("agrees with dueAt: request k is due exactly when dueBy first counts it", () => {
    for (const rate of [7, 150, 333.3]) for (let k = 0; k < 200; k += 1) expect(dueBy(dueAt(k, rate), rate, 10_000)).toBe(k + 1);
  });
});
