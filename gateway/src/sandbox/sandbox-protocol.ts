/**
 * What the sandbox page and the gateway agree on: the routes, the index the page starts from, and
 * how the page asks for a query plan. No Node or DOM APIs: it is bundled into the page too.
 */
export const sandboxRoutePaths = {
  page: "/sandbox",
  index: "/sandbox/partners.json",
  token: "/sandbox/token",
  /** The public API schema's SDL (never the supergraph, which names subgraphs and their URLs). */
  schema: "/sandbox/schema.graphql",
} as const;

/**
 * @apollo/gateway answers a request carrying this header with the operation's query plan in the
 * response's `extensions.__queryPlanExperimental`, when its `__exposeQueryPlanExperimental` option
 * is on (server.ts turns it on only with the sandbox's development tools).
 */
export const queryPlanRequestHeader = "apollo-query-plan-experimental";
export const queryPlanExtension = "__queryPlanExperimental";

/** One guide example as the page offers it (partner-examples.ts reads them from docs/partners). */
export interface SandboxExample {
  partner: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

/** `/sandbox/partners.json`: what the page needs before it draws anything. */
export interface SandboxIndex {
  partners: { key: string; label: string }[];
  examples: SandboxExample[];
  /**
   * The development tools: dev tokens for each partner, the schema without a token, the query plan.
   * On only where the gateway trusts the dev key (sandbox-access.ts).
   */
  devTools: boolean;
}
