import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { AutomaticPersistedQueriesConfig } from "../config/persisted-operations.config.ts";

/**
 * The texts partners registered by APQ (Apollo's automatic persisted queries protocol), kept per
 * organisation. Apollo Server's own APQ cache is keyed by the hash alone, so a hash one
 * organisation sent answered another's hash-only request: anyone could learn whether another
 * partner had ever sent an operation (red-team finding 6). Here a text is found only by the
 * organisation that registered it. Bounded in bytes (least recently used evicted first) and in age,
 * so a flood of registrations cannot crowd out anything else nor grow memory.
 */
export class OrganisationApqCache {
  private readonly texts: InMemoryLRUCache<string>;
  private readonly ttlSeconds: number | undefined;

  constructor(config: Pick<AutomaticPersistedQueriesConfig, "cacheMaxBytes" | "ttlSeconds">) {
    this.texts = new InMemoryLRUCache<string>({ maxSize: config.cacheMaxBytes });
    this.ttlSeconds = config.ttlSeconds === 0 ? undefined : config.ttlSeconds;
  }

  get(organisationId: string, sha256Hash: string): Promise<string | undefined> {
    return this.texts.get(keyOf(organisationId, sha256Hash));
  }

  async set(organisationId: string, sha256Hash: string, query: string): Promise<void> {
    await this.texts.set(keyOf(organisationId, sha256Hash), query, this.ttlSeconds ? { ttl: this.ttlSeconds } : undefined);
  }
}

/** JSON keeps the two parts apart whatever characters an organisation id holds. */
const keyOf = (organisationId: string, sha256Hash: string) => JSON.stringify([organisationId, sha256Hash]);
