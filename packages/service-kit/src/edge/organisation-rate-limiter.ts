import { HeaderMap } from "@apollo/server";
import type { RateLimitConfig } from "./partner-config.ts";
import { GraphQLError, type GraphQLErrorOptions } from "graphql";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per organisation (the token's `org`): `burst` requests at once, refilled at
 * `perMinute`, so one partner's runaway job cannot crowd out the others. The buckets live in this
 * process: with several gateway replicas each one allows the full rate, so a deployment that
 * needs one limit across replicas keeps the buckets in a shared store (e.g. Redis) instead.
 */
export class OrganisationRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = config.perMinute / 60_000;
  }

  /** Takes one request from the organisation's bucket, or refuses with RATE_LIMITED (HTTP 429). */
  take(organisationId: string): void {
    const now = this.now();
    const bucket = this.buckets.get(organisationId) ?? { tokens: this.config.burst, updatedAt: now };
    bucket.tokens = Math.min(this.config.burst, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(organisationId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const retryAfterSeconds = Math.ceil((1 - bucket.tokens) / this.perMs / 1000);
    // Apollo Server reads `http.headers` as its HeaderMap; another package's typing of `http`
    // (a plain record) is merged into graphql's error extensions, hence the cast.
    const extensions = {
      code: "RATE_LIMITED",
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    } as unknown as GraphQLErrorOptions["extensions"];
    throw new GraphQLError(`Too many requests from this organisation: at most ${this.config.perMinute} a minute (bursts of ${this.config.burst})`, {
      extensions,
    });
  }
}
