import { describe, expect, it } from "vitest";
import { ConfigError } from "@pasrr/config/config-error";
import { failureKindOf, nextStepAfterFailure, retryDelayMs } from "../src/census-feed/delivery-failure.rules.ts";
import { loadFacilitiesSettings } from "../src/facilities.config.ts";

const policy = { retryBaseMs: 1_000, retryMaxMs: 300_000, maxAttempts: 5 };

describe("what follows a failed census-fact delivery", () => {
  it("a failed delivery backs off exponentially, capped", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 1_000, 5_000))).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(retryDelayMs(500, 1_000, 300_000)).toBe(300_000);
  });

  it("a fact the graph refuses as wrong, out of scope or unknown is dead-lettered at once: sending it again gets the same answer", () => {
    for (const code of ["BAD_USER_INPUT", "FORBIDDEN", "NOT_FOUND"]) {
      expect(failureKindOf(code)).toBe("refused");
      expect(nextStepAfterFailure("refused", 1, policy)).toEqual({ deadLetter: "refused" });
    }
  });

  it("a fact that keeps failing is dead-lettered after the last allowed try, and retried with backoff before it", () => {
    expect(failureKindOf("INTERNAL_SERVER_ERROR")).toBe("failed");
    expect(failureKindOf(undefined)).toBe("failed");
    expect(nextStepAfterFailure("failed", 4, policy)).toEqual({ retryInMs: 8_000 });
    expect(nextStepAfterFailure("failed", 5, policy)).toEqual({ deadLetter: "exhausted" });
  });

  it("an outage never dead-letters: the person's next fact would meet it too, and would overtake this one", () => {
    for (const code of ["SERVICE_UNAVAILABLE", "RATE_LIMITED", "UNAUTHENTICATED"]) expect(failureKindOf(code)).toBe("outage");
    expect(nextStepAfterFailure("outage", 500, policy)).toEqual({ retryInMs: 300_000 });
  });
});

describe("the census feed's settings", () => {
  it("default to a 60 s lease over a 10 s delivery, 20 tries, and 30 days of delivered facts", () => {
    expect(loadFacilitiesSettings({}).censusFeed).toMatchObject({ leaseMs: 60_000, deliveryTimeoutMs: 10_000, maxAttempts: 20, retentionDays: 30 });
  });

  it("a lease no longer than the delivery timeout stops the service with a line naming CENSUS_FEED_LEASE_MS: a second relay would take rows over mid-delivery", () => {
    expect(() => loadFacilitiesSettings({ CENSUS_FEED_LEASE_MS: "10000" })).toThrow(ConfigError);
    expect(() => loadFacilitiesSettings({ CENSUS_FEED_DELIVERY_TIMEOUT_MS: "90000" })).toThrow(
      /CENSUS_FEED_LEASE_MS: must exceed CENSUS_FEED_DELIVERY_TIMEOUT_MS/,
    );
    expect(loadFacilitiesSettings({ CENSUS_FEED_LEASE_MS: "10001" }).censusFeed.leaseMs).toBe(10_001);
  });

  it("bad tries or retention stop the service with a line naming the variable", () => {
    expect(() => loadFacilitiesSettings({ CENSUS_FEED_MAX_ATTEMPTS: "0" })).toThrow(/CENSUS_FEED_MAX_ATTEMPTS/);
    expect(() => loadFacilitiesSettings({ CENSUS_FEED_RETENTION_DAYS: "a month" })).toThrow(/CENSUS_FEED_RETENTION_DAYS/);
  });
});
