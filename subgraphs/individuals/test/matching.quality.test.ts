import { describe, expect, it } from "vitest";
import { describeQuality, measureQuality, qualityGoals, qualitySeeds } from "./support/quality.ts";

/**
 * Issue 3, "Quality, measured", and issue 21, "Identity that survives real records": 10,000
 * synthetic registrations with known truth (typos in long and short names, nicknames and
 * sound-alike spellings, swapped and blank names, transposed, mistyped and blank birth dates,
 * one-digit SSN and Medicaid ID errors, changed family names, shared addresses, twins with SSNs of
 * their own, fathers and sons, a few records too thin to register), run through the same
 * `checkRegistration` and `register` the mutation uses, on an in-memory index instead of the
 * database. Three seeds, so the goals are not fitted to one.
 */
describe("duplicate detection on 10,000 synthetic registrations", () => {
  it.each(qualitySeeds)(
    `seed %i: MATCHED precision ≥ ${qualityGoals.matchedPrecision}, recall ≥ ${qualityGoals.recall} (refused repeats missed), ≤ ${qualityGoals.reviewsPerThousand} reviews per 1,000, twins with conflicting SSNs CREATED`,
    async (seed) => {
      const report = await measureQuality(seed, 10_000);
      for (const line of describeQuality(report)) console.log(line);
      expect(report.twins.pairs).toBeGreaterThan(0);
      // Soft, so a failing run names every goal it misses, not only the first.
      expect.soft(report.precision).toBeGreaterThanOrEqual(qualityGoals.matchedPrecision);
      expect.soft(report.recall).toBeGreaterThanOrEqual(qualityGoals.recall);
      expect.soft(report.reviewsPerThousand).toBeLessThanOrEqual(qualityGoals.reviewsPerThousand);
      expect.soft(report.twins.created).toBeGreaterThanOrEqual(Math.ceil(report.twins.pairs * qualityGoals.twinsCreated));
    },
  );
});
