/** The part of a Prisma client the idempotency machinery uses; every subgraph's client has it. */
export interface TransactionalClient {
  $transaction<R>(fn: (tx: never) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}

/**
 * One request's view of the service's database. Resolvers and loaders talk to `client`; while
 * an idempotent mutation runs, `client` is that mutation's transaction, so everything the
 * request writes commits or rolls back together with its idempotency key. A resolver's own
 * `$transaction(...)` then simply joins the outer one: PostgreSQL has no nested transactions,
 * and the outer one already gives the all-or-nothing it asked for.
 */
export class RequestDatabase<Client extends object> {
  private active: object | undefined;
  readonly client: Client;

  constructor(private readonly base: Client) {
    this.client = new Proxy(base, {
      get: (_target, property) => {
        const current = (this.active ?? this.base) as Record<PropertyKey, unknown>;
        if (property === "$transaction" && this.active) return joinTransaction(this.active);
        const value = current[property];
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(current) : value;
      },
    });
  }

  /** Runs `work` with `client` routed to `tx`; afterwards it is the base client again. */
  async within<R>(tx: object, work: () => Promise<R>): Promise<R> {
    this.active = tx;
    try {
      return await work();
    } finally {
      this.active = undefined;
    }
  }
}

function joinTransaction(tx: object) {
  return async (arg: unknown) => {
    if (typeof arg === "function") return (arg as (client: object) => Promise<unknown>)(tx);
    // The array form: Prisma's lazy queries, run in order inside the outer transaction.
    const results: unknown[] = [];
    for (const query of arg as PromiseLike<unknown>[]) results.push(await query);
    return results;
  };
}
