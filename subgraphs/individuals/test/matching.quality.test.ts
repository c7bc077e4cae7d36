import { describe, expect, it } from "vitest";
import { measureQuality } from "./support/quality.ts";

/**
 * Issue 3, "Quality, measured": 10,000 synthetic registrations with known truth (typos,
 * nicknames, transposed and mistyped birth dates, missing SSNs, changed family names, shared
 * addresses, twins, fathers and sons), run through the same `register` the mutation uses, on an
 * in-memory index instead of the database. Three seeds, so the thresholds are not fitted to one.
 */
describe("duplicate detection on 10,000 synthetic registrations", () => {
  it.each([20261122, 7, 1969])(
    "seed %i: the machine never merges two different people (MATCHED precision ≥ 0.999) and finds ≥ 97 % of repeats (MATCHED + POSSIBLE_DUPLICATE)",
    async (seed) => {
      const report = await measureQuality(seed, 10_000);
      console.log(
        `quality (seed ${seed}): ${report.records} records, ${report.repeats} repeats; MATCHED ${report.matched} (false ${report.falseMatches.length}), ` +
          `POSSIBLE_DUPLICATE ${report.reviews} (${report.needlessReviews} with no true duplicate listed), CONFLICT ${report.conflicts}; ` +
          `precision ${report.precision.toFixed(4)}, recall ${report.recall.toFixed(4)}`,
      );
      expect(report.precision).toBeGreaterThanOrEqual(0.999);
      expect(report.recall).toBeGreaterThanOrEqual(0.97);
    },
  );
});
