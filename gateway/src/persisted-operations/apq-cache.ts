import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { RedisConnection } from "@pasrr/service-kit/shared-state/redis-connection";
import type { AutomaticPersistedQueriesConfig } from "../config/persisted-operations.config.ts";
import { RedisApqTexts } from "./redis-apq-texts.ts";

type ApqCacheConfig = Pick<AutomaticPersistedQueriesConfig, "cacheMaxBytes" | "ttlSeconds" | "maxTextBytes">;

/**
 * The texts partners registered by APQ (Apollo's automatic persisted queries protocol), kept per
 * organisation. Apollo Server's own APQ cache is keyed by the hash alone, so a hash one
 * organisation sent answered another's hash-only request: anyone could learn whether another
 * partner had ever sent an operation (red-team finding 6). Here a text is found only by the
 * organisation that registered it. Bounded in age and in the length of one text; in memory also in
 * bytes (least recently used evicted first), so a flood of registrations cannot grow memory.
 */
export class OrganisationApqCache {
  private readonly ttlSeconds: number | undefined;

  private constructor(
    private readonly texts: KeyValueCache<string>,
    private readonly maxTextBytes: number,
    ttlSeconds: number,
  ) {
    this.ttlSeconds = ttlSeconds === 0 ? undefined : ttlSeconds;
  }

  /** In this gateway's memory: without REDIS_URL, each replica learns each text itself. */
  static inMemory(config: ApqCacheConfig): OrganisationApqCache {
    return new OrganisationApqCache(new InMemoryLRUCache<string>({ maxSize: config.cacheMaxBytes }), config.maxTextBytes, config.ttlSeconds);
  }

  /** In the Redis every replica shares: a text registered through one is found through all. */
  static shared(config: ApqCacheConfig, redis: RedisConnection): OrganisationApqCache {
    return new OrganisationApqCache(new RedisApqTexts(redis), config.maxTextBytes, config.ttlSeconds);
  }

  get(organisationId: string, sha256Hash: string): Promise<string | undefined> {
    return this.texts.get(keyOf(organisationId, sha256Hash));
  }

  async set(organisationId: string, sha256Hash: string, query: string): Promise<void> {
    // Too long to keep: the operation still runs, and the client sends it in full each time.
    if (Buffer.byteLength(query, "utf8") > this.maxTextBytes) return;
    await this.texts.set(keyOf(organisationId, sha256Hash), query, this.ttlSeconds ? { ttl: this.ttlSeconds } : undefined);
  }
}

/** JSON keeps the two parts apart whatever characters an organisation id holds. */
const keyOf = (organisationId: string, sha256Hash: string) => JSON.stringify([organisationId, sha256Hash]);
