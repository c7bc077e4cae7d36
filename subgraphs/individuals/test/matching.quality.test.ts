import { describe, expect, it } from "vitest";
import { measureQuality } from "./support/quality.ts";

/**
 * Issue 3, "Quality, measured": 10,000 synthetic registrations with known truth, run through the
 * same `register` the mutation uses (on an in-memory index instead of the database).
 */
describe("duplicate detection on 10,000 synthetic registrations", () => {
  it("the machine never merges two different people (MATCHED precision ≥ 0.999) and finds ≥ 97 % of repeats (MATCHED + POSSIBLE_DUPLICATE)", async () => {
    const report = await measureQuality(20261122, 10_000);
    console.log(
      `quality: ${report.records} records, ${report.repeats} repeats; MATCHED ${report.matched} (false ${report.falseMatches.length}), ` +
        `POSSIBLE_DUPLICATE ${report.reviews}, CONFLICT ${report.conflicts}; precision ${report.precision.toFixed(4)}, recall ${report.recall.toFixed(4)}`,
    );
    expect(report.precision).toBeGreaterThanOrEqual(0.999);
    expect(report.recall).toBeGreaterThanOrEqual(0.97);
  });
});
