import { HeaderMap } from "@apollo/server";
import { GraphQLError, type GraphQLErrorOptions } from "graphql";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RedisConnection } from "../shared-state/redis-connection.ts";
import type { RateLimitConfig } from "./partner-config.ts";

/**
 * The window rate-limiter-flexible counts in, for a bucket of `burst` refilled at `perMinute`.
 * The library counts requests in fixed windows, not in a token bucket, so the window holds `burst`
 * requests and lasts as long as the bucket takes to refill from empty (burst ÷ perMinute minutes):
 * the burst is allowed at once, and over any span of several windows the rate is perMinute, as
 * before. What differs: the refill comes back whole at the window's end rather than a request at a
 * time, so Retry-After is the time to that end; and a burst spent at the end of one window and
 * another at the start of the next arrive close together (2 × burst, never more). Its
 * BurstyRateLimiter (a steady limit plus a burst allowance) was not chosen: the two limits add up,
 * so either the sustained rate or the burst would exceed what is configured.
 * Windows are whole seconds (Redis expires keys by the second): rounded up, which can only lower
 * the rate (the defaults are exact: 120 per 12 s is 600 a minute); a burst smaller than one
 * second's refill gets one-second windows holding a second's refill, the configured rate.
 */
export function rateLimitWindow({ perMinute, burst }: RateLimitConfig): { points: number; duration: number } {
  const refillSeconds = (burst * 60) / perMinute;
  if (refillSeconds < 1) return { points: Math.floor(perMinute / 60), duration: 1 };
  return { points: burst, duration: Math.ceil(refillSeconds) };
}

/**
 * The organisation's rate (the token's `org`), so one partner's runaway job cannot crowd out the
 * others. With REDIS_URL every replica of a service counts in the same Redis keys, so a partner
 * gets one rate however many replicas answer it; without, each process counts alone.
 */
export class OrganisationRateLimiter {
  private constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly config: RateLimitConfig,
  ) {}

  /** Counted in this process alone: a hub without REDIS_URL. */
  static inProcess(config: RateLimitConfig): OrganisationRateLimiter {
    return new OrganisationRateLimiter(new RateLimiterMemory(rateLimitWindow(config)), config);
  }

  /**
   * Counted in Redis for every replica of the service. While Redis cannot answer (down, or slower
   * than the connection's command timeout), the library's insurance limiter counts in this process
   * instead: a request is never refused because Redis is away, and each fallback is reported.
   */
  static shared(config: RateLimitConfig, redis: RedisConnection): OrganisationRateLimiter {
    const window = rateLimitWindow(config);
    const limiter = new RateLimiterRedis({
      ...window,
      storeClient: redis.client,
      useRedisPackage: true,
      // Not connected: straight to the insurance limiter, without a command that would fail anyway.
      rejectIfRedisNotReady: true,
      keyPrefix: redis.prefixFor("rate_limit"),
      // Once an organisation is over its limit, this replica refuses it until the window ends
      // without asking Redis again: a runaway partner's flood does not become Redis's load.
      inMemoryBlockOnConsumed: window.points + 1,
      insuranceLimiter: new ReportingInsuranceLimiter(window, (error) => redis.fellBack("rate_limit", error)),
    });
    return new OrganisationRateLimiter(limiter, config);
  }

  /** Counts one request of the organisation, or refuses it with RATE_LIMITED (HTTP 429) and Retry-After. */
  async take(organisationId: string): Promise<void> {
    try {
      await this.limiter.consume(organisationId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw this.refusal(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  }

  private refusal(retryAfterSeconds: number): GraphQLError {
    // Apollo Server reads `http.headers` as its HeaderMap; another package's typing of `http`
    // (a plain record) is merged into graphql's error extensions, hence the cast.
    const extensions = {
      code: "RATE_LIMITED",
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    } as unknown as GraphQLErrorOptions["extensions"];
    return new GraphQLError(`Too many requests from this organisation: at most ${this.config.perMinute} a minute (bursts of ${this.config.burst})`, {
      extensions,
    });
  }
}

/**
 * The in-process limiter rate-limiter-flexible turns to when its store fails; the library falls
 * back silently, so each use is reported here (a throttled warning and a metric).
 */
class ReportingInsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: (reason: string) => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory["consume"]>): Promise<RateLimiterRes> {
    this.onUse("Redis did not answer in time, or is not connected");
    return super.consume(...args);
  }
}
