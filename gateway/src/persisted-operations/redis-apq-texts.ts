import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { RedisConnection } from "@pasrr/service-kit/shared-state/redis-connection";

/**
 * The APQ texts in the Redis the gateway's replicas share (REDIS_URL): registered through one
 * replica, found through any. Apollo's KeyValueCache over two commands of the hub's one Redis
 * client (GET, and SET with EX), rather than Keyv, its Redis store and Apollo's Keyv adapter: three
 * packages, a second serialisation and their own error handling to tune, for what two commands do.
 * A Redis failure is a miss (the APQ protocol then asks the client for the text), never an error.
 */
export class RedisApqTexts implements KeyValueCache<string> {
  private readonly prefix: string;

  constructor(private readonly redis: RedisConnection) {
    this.prefix = `${redis.prefixFor("apq")}:`;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.client.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.redis.fellBack("apq", error);
      return undefined;
    }
  }

  async set(key: string, text: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // The configuration refuses a TTL of 0 with REDIS_URL: every text here expires.
    const ttl = options?.ttl;
    try {
      await this.redis.client.set(this.prefix + key, text, ttl ? { expiration: { type: "EX", value: ttl } } : undefined);
    } catch (error) {
      this.redis.fellBack("apq", error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.client.del(this.prefix + key)) > 0;
    } catch (error) {
      this.redis.fellBack("apq", error);
      return false;
    }
  }
}
