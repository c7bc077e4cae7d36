import { createClient } from "@redis/client";
import type { ServiceObservability } from "@pasrr/observability/service-observability";
import type { RedisConfig } from "./redis-config.ts";

/** What the hub keeps in Redis; each falls back on this process's own state while Redis cannot answer. */
export type SharedUse = "rate_limit" | "apq";

/** A first connection that takes longer is given up for now (the client keeps trying in the background). */
const connectTimeoutMs = 2_000;
/**
 * How long a request waits for Redis before it falls back. A well Redis answers within a
 * millisecond; a hung one must cost a partner's request no more than this.
 */
const commandTimeoutMs = 250;
/** At most one warning per use in this time: an outage under load must not flood the logs. */
const warningIntervalMs = 60_000;

function createRedisClient(url: string) {
  return createClient({
    url,
    // Offline, a command fails at once instead of queueing until Redis is back: the caller falls back.
    disableOfflineQueue: true,
    // Connected but silent (a stalled server, a dropped route), a command fails after the timeout too
    // (`rejectInFlight` is marked experimental in node-redis 6: the rate limiter's tests stall a Redis to hold it to this).
    commandOptions: { timeout: commandTimeoutMs, rejectInFlight: true },
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export type RedisClient = ReturnType<typeof createRedisClient>;

/**
 * One service process's connection to the Redis its replicas share (REDIS_URL): the one client
 * for every shared use, the keys it may write, and the report of each time Redis failed it. Redis
 * being away never makes the service unready or refuses a request; it shows in the warnings, in
 * `shared_state_fallbacks_total` and `redis_ready` on /metrics, and in /health.
 */
export class RedisConnection {
  private readonly warned = new Map<string, { at: number; suppressed: number }>();
  private down = false;

  constructor(
    readonly client: RedisClient,
    /** `<REDIS_KEY_PREFIX><service>:`: every replica of a service shares its keys; another service's are apart. */
    private readonly namespace: string,
    /** `host:port`, for the logs: the URL itself may hold a password. */
    readonly server: string,
    private readonly observability: ServiceObservability,
  ) {
    client.on("error", (error: unknown) => {
      this.down = true;
      this.warn("connection", error, "Redis connection failed: what the replicas share is this process's own until it is back");
    });
    client.on("ready", () => {
      if (this.down) observability.logger.info({ redis: server }, "Redis connection ready again: the replicas share their state again");
      this.down = false;
    });
    observability.metrics.watchRedis(() => client.isReady);
  }

  /** The prefix of every key of one use, e.g. `pasrr:gateway:rate_limit`. */
  prefixFor(use: SharedUse): string {
    return `${this.namespace}${use}`;
  }

  get ready(): boolean {
    return this.client.isReady;
  }

  /** Redis failed a command of `use`, and the caller fell back on this process's own state. */
  fellBack(use: SharedUse, error: unknown): void {
    this.observability.metrics.observeSharedStateFallback(use);
    const fallback =
      use === "rate_limit" ? "each organisation's rate is counted in this process alone" : "an APQ text not found here is asked of the client again";
    this.warn(use, error, `Redis did not answer: ${fallback}`);
  }

  /**
   * Lets commands in flight finish when Redis is there, and drops the reconnection attempts when it
   * is not. A hung Redis would never send the replies a graceful close waits for: cut after a bound.
   */
  async close(): Promise<void> {
    if (!this.client.isOpen) return;
    if (!this.client.isReady) return this.client.destroy();
    const deadline = setTimeout(() => this.client.destroy(), 4 * commandTimeoutMs);
    await this.client.close();
    clearTimeout(deadline);
  }

  private warn(topic: string, error: unknown, message: string): void {
    const now = performance.now();
    const last = this.warned.get(topic);
    if (last && now - last.at < warningIntervalMs) {
      last.suppressed += 1;
      return;
    }
    this.warned.set(topic, { at: now, suppressed: 0 });
    const reason = error instanceof Error ? error.message : String(error);
    this.observability.logger.warn({ redis: this.server, reason, sameWarningsSinceLast: last?.suppressed ?? 0 }, message);
  }
}

/**
 * What `/health` says of the shared Redis: nothing without REDIS_URL. Redis being away does not
 * make the service unready (`/ready`): each replica then counts alone, which is still a limit.
 */
export function redisHealth(redis: RedisConnection | undefined): Record<string, string> {
  return redis ? { redis: redis.ready ? "ready" : "unavailable" } : {};
}

/**
 * Connects to REDIS_URL, or returns undefined without it. Start-up waits for the first attempt only:
 * a Redis that is down does not stop the service, which counts alone until the client's
 * reconnection (with backoff, up to every 5 s) finds it.
 */
export async function openRedisConnection(
  service: string,
  config: RedisConfig | undefined,
  observability: ServiceObservability,
): Promise<RedisConnection | undefined> {
  if (!config) return undefined;
  const url = new URL(config.url);
  const client = createRedisClient(config.url);
  const connection = new RedisConnection(client, `${config.keyPrefix}${service}:`, `${url.hostname}:${url.port || "6379"}`, observability);
  const firstAttempt = settledOnce(client);
  // The promise settles only once connected, or when the client is closed first: every failure on
  // the way reaches the 'error' listener, which warns.
  client.connect().catch((error: unknown) => observability.logger.debug({ reason: String(error) }, "Redis closed before it connected"));
  await firstAttempt;
  return connection;
}

/** Resolves at the first connection's outcome, whichever it is, or after the connect timeout. */
function settledOnce(client: RedisClient): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      client.off("ready", settle);
      client.off("error", settle);
      resolve();
    };
    const timer = setTimeout(settle, connectTimeoutMs + 500);
    client.on("ready", settle);
    client.on("error", settle);
  });
}
