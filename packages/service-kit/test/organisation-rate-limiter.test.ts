import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { OrganisationRateLimiter } from "@pasrr/service-kit/edge/organisation-rate-limiter";

/** A clock the test moves by hand: the bucket's refill is arithmetic, not waiting. */
function manualClock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function refusal(take: () => void): GraphQLError {
  try {
    take();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected the request to be refused");
}

describe("OrganisationRateLimiter", () => {
  it("admits a burst of exactly `burst` requests, then refuses with RATE_LIMITED, HTTP 429 and Retry-After", () => {
    const clock = manualClock();
    const limiter = new OrganisationRateLimiter({ perMinute: 60, burst: 3 }, clock.now);
    for (let i = 0; i < 3; i += 1) limiter.take("paa-7");
    const error = refusal(() => limiter.take("paa-7"));
    expect(error.extensions.code).toBe("RATE_LIMITED");
    expect(error.extensions.retryAfterSeconds).toBe(1);
    const http = error.extensions.http as unknown as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get("retry-after")).toBe("1");
  });

  it("refills at the configured rate, never beyond the burst", () => {
    const clock = manualClock();
    const limiter = new OrganisationRateLimiter({ perMinute: 60, burst: 2 }, clock.now);
    limiter.take("nf-1");
    limiter.take("nf-1");
    clock.advance(999);
    expect(refusal(() => limiter.take("nf-1")).extensions.code).toBe("RATE_LIMITED");
    clock.advance(1);
    limiter.take("nf-1"); // one token back after one second at 60 a minute
    clock.advance(3_600_000); // an idle hour refills to the burst, not to 3,600
    limiter.take("nf-1");
    limiter.take("nf-1");
    expect(refusal(() => limiter.take("nf-1")).extensions.code).toBe("RATE_LIMITED");
  });

  it("keeps one bucket per organisation: one partner's burst does not spend another's", () => {
    const clock = manualClock();
    const limiter = new OrganisationRateLimiter({ perMinute: 1, burst: 1 }, clock.now);
    limiter.take("paa-7");
    expect(refusal(() => limiter.take("paa-7")).extensions.retryAfterSeconds).toBe(60);
    limiter.take("paa-8");
  });
});
