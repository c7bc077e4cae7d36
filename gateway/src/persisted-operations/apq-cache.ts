import type { ApolloServerOptions, BaseContext } from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { AutomaticPersistedQueriesConfig } from "@pasrr/platform";

/**
 * Apollo Server's `persistedQueries` option from configuration: APQ texts in a cache of their own,
 * bounded in bytes (least recently used evicted first) and by age, rather than in the server's
 * shared default cache, so a flood of registrations cannot crowd out anything else nor grow memory.
 */
export function automaticPersistedQueries(config: AutomaticPersistedQueriesConfig): ApolloServerOptions<BaseContext>["persistedQueries"] {
  if (!config.enabled) return false;
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: config.cacheMaxBytes }),
    ttl: config.ttlSeconds === 0 ? null : config.ttlSeconds,
  };
}
