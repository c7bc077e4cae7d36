import type { GatewayConfig } from "@apollo/gateway";

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig["queryPlannerConfig"]>["cache"]>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache["get"]>>>;

/**
 * The gateway's query-plan cache: planning a federated operation costs far more than running
 * a cached plan (Apollo's gateway tuning technote), so the hit rate is worth knowing. Keeps the
 * most recently used `capacity` plans and counts hits and misses for the benchmark and the logs.
 */
export class CountingQueryPlanCache implements QueryPlanCache {
  hits = 0;
  misses = 0;
  private readonly plans = new Map<string, QueryPlan>();

  constructor(private readonly capacity = 1_000) {}

  async get(key: string): Promise<QueryPlan | undefined> {
    const plan = this.plans.get(key);
    if (plan === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-inserting moves the plan to the newest end: the Map's order is the recency order.
    this.plans.delete(key);
    this.plans.set(key, plan);
    return plan;
  }

  async set(key: string, plan: QueryPlan): Promise<void> {
    this.plans.delete(key);
    this.plans.set(key, plan);
    if (this.plans.size > this.capacity) this.plans.delete(this.plans.keys().next().value!);
  }

  async delete(key: string): Promise<boolean> {
    return this.plans.delete(key);
  }

  clear(): void {
    this.plans.clear();
  }

  /** Hits ÷ lookups since start (NaN before the first request). */
  get hitRate(): number {
    return this.hits / (this.hits + this.misses);
  }
}
