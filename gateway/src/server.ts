import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { closeGracefully, listen, type RunningService } from "@pasrr/service-kit/lifecycle";
import { createErrorFormatter } from "@pasrr/graphql-kit/format-error";
import { createServiceCredentialIssuer, type ServiceCredentialIssuer } from "@pasrr/auth/service-credential";
import { createLogger } from "@pasrr/observability/logger";
import { createEdgePolicy } from "@pasrr/service-kit/edge/edge-policy";
import { createServiceHttpServer, type ServiceHttpOptions } from "@pasrr/service-kit/http-server";
import { openRedisConnection, redisHealth, type RedisConnection } from "@pasrr/service-kit/shared-state/redis-connection";
import { idempotencyHeader } from "@pasrr/service-kit/idempotency-key";
import { operationLimitsPlugin } from "@pasrr/graphql-kit/limits/operation-limits.plugin";
import { inputErrorFieldsPlugin } from "@pasrr/graphql-kit/input-errors/input-error-fields.plugin";
import { repoRoot } from "@pasrr/config/repo-paths";
import { requestObservationPlugin } from "@pasrr/observability/request-observation";
import { ServiceObservability } from "@pasrr/observability/service-observability";
import type { SubgraphName } from "@pasrr/config/service-names";
import type { GatewayConfig } from "./config/gateway-config.ts";
import { readFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import type { Caller } from "@pasrr/service-kit/edge/caller";
import path from "node:path";
import type { GatewayContext } from "./context.ts";
import { idempotentReplayHeader } from "./idempotent-replay-header.ts";
import { OrganisationApqCache } from "./persisted-operations/apq-cache.ts";
import { persistedOperationsPlugin } from "./persisted-operations/persisted-operations.plugin.ts";
import { loadSafelist, type Safelist } from "./persisted-operations/safelist.ts";
import { watchApiSchemaSdl } from "./sandbox/api-schema-sdl.ts";
import { sandboxAccess } from "./sandbox/sandbox-access.ts";
import { sandboxRoutes } from "./sandbox/sandbox-routes.ts";
import { firstRouteThatAnswers } from "./page-routes.ts";
import { uiRoutes, uiRuntimeConfig } from "./ui/ui-routes.ts";
import { CountingQueryPlanCache } from "./query-plan-cache.ts";
import { applyHubScalarRules } from "./hub-scalars.ts";
import { SubgraphDataSource } from "./subgraph-data-source.ts";

export const supergraphFile = path.join(repoRoot, "schema", "supergraph.graphql");

/** Creates and starts the gateway over the checked-in supergraph; the caller owns the process. */
export async function startGateway(config: GatewayConfig): Promise<RunningService> {
  const logger = createLogger("gateway", config.observability);
  const observability = new ServiceObservability("gateway", logger, config.observability);
  // Read before anything starts: a safelisted role without a readable manifest stops start-up.
  const safelist = loadSafelist(config.safelist);
  const queryPlans = new CountingQueryPlanCache();
  const credential = await createServiceCredentialIssuer("gateway", config);
  // The organisations' rates and the APQ texts, shared with the other replicas when REDIS_URL is set.
  const redis = await openRedisConnection("gateway", config.redis, observability);
  // Unless told otherwise, @apollo/gateway reports host metrics to Apollo over OTLP and probes cloud
  // metadata endpoints to describe the host; the hub sends nothing outside its own deployment.
  // (A write for a library that reads nothing else, not a setting of ours: eslint's env rule is about reads.)
  // eslint-disable-next-line no-restricted-properties
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  const dataSources: SubgraphDataSource[] = [];
  const sandbox = sandboxAccess(config);
  const gateway = new ApolloGateway({
    queryPlannerConfig: { cache: queryPlans },
    // @apollo/gateway shows a query plan to any request asking for it unless process.env.NODE_ENV is
    // "production"; the hub's mode is its configuration's, so the plan is the sandbox's development tool only.
    __exposeQueryPlanExperimental: sandbox.devTools,
    supergraphSdl: await readFile(supergraphFile, "utf8"),
    buildService: subgraphDataSources(config, observability, credential, dataSources),
  });
  applyHubScalarRules(gateway);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // With a token, where the sandbox is on; the page itself reads the schema from /sandbox/schema.graphql (sandbox-access.ts).
    introspection: sandbox.page,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" outside development: suggestions map the schema for a prober (OWASP).
    hideSchemaDetailsFromClientErrors: config.mode !== "development",
    // On by default in Apollo Server 5; stated so that no one turns it off unawares: a simple
    // (form or GET) request without a JSON content type or a preflight header is refused.
    csrfPrevention: true,
    // APQ is answered per organisation by persistedOperationsPlugin; Apollo's own cache is keyed by
    // the hash alone and would tell one organisation what another has sent (red-team finding 6).
    persistedQueries: false,
    // The process owner (runAsProcess, or a test) decides when to stop, and stops everything in order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger),
    plugins: gatewayPlugins(config, safelist, redis),
  });
  // Listening before the gateway loads, so the sandbox's schema route holds the schema from the first load.
  const sandboxPages = sandbox.page ? sandboxRoutes(config, sandbox, watchApiSchemaSdl(gateway)) : undefined;
  const ui = config.ui.serve ? uiRuntimeConfig(config.ui, sandbox) : undefined;
  if (config.ui.serve && !ui) logger.warn("UI not served: no identity provider (UI_OIDC_AUTHORITY) and no development sign-in");
  const pages = firstRouteThatAnswers([sandboxPages, ui ? uiRoutes(ui) : undefined]);
  await apollo.start();
  const server = await gatewayHttpServer(config, apollo, observability, redis, pages);
  const port = await listen(server, config.host, config.port, config.portVariable).catch(async (error: unknown) => {
    // Not started: what was opened for it closes again (an open Redis client would keep the process alive).
    await apollo.stop();
    await redis?.close();
    throw error;
  });
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`;
  logger.info({ url, safelistedRoles: [...safelist.keys()] }, "gateway ready");
  return {
    name: "gateway",
    port,
    url,
    async stop() {
      await closeGracefully(server);
      await apollo.stop();
      await Promise.all(dataSources.map((source) => source.close()));
      await redis?.close();
      await observability.stop();
      // The plan-cache hit rate over the process's life: `npm run bench` reads it (issue 10, cold start).
      logger.info({ queryPlanCache: { hits: queryPlans.hits, misses: queryPlans.misses } }, "stopped");
    },
  };
}

/**
 * Each subgraph's data source, kept in `opened` to be closed at stop. The supergraph names default
 * local URLs; the deployment's configuration decides where subgraphs are.
 */
function subgraphDataSources(config: GatewayConfig, observability: ServiceObservability, credential: ServiceCredentialIssuer, opened: SubgraphDataSource[]) {
  return ({ name }: { name: string }) => {
    const source = new SubgraphDataSource(
      name,
      config.subgraphUrls[name as SubgraphName],
      config.subgraphTimeoutMs,
      observability,
      credential,
      config.shareInflightQueries,
    );
    opened.push(source);
    return source;
  };
}

/**
 * The gateway's HTTP face. The token and the organisation's rate are checked from the headers,
 * before the body is read. A hub service's own call to the graph (a subgraph checking another
 * owner's records on a partner's behalf) may vouch for itself; then its request id joins the logs.
 * Safelisted roles are the persisted-operations plugin's to decide here, the one place their
 * operations run.
 */
async function gatewayHttpServer(
  config: GatewayConfig,
  apollo: ApolloServer<GatewayContext>,
  observability: ServiceObservability,
  redis: RedisConnection | undefined,
  pages: ServiceHttpOptions<GatewayContext, Caller>["routes"],
) {
  const admit = await createEdgePolicy(config, {
    partnerMaxBodyBytes: config.maxBodyBytes,
    vouchedMaxBodyBytes: config.maxBodyBytes,
    rateLimit: config.rateLimit,
    redis,
    gatewayOnlyRoles: [],
  });
  return createServiceHttpServer({
    apollo,
    admit,
    context: gatewayContext,
    ready: async () => undefined,
    health: () => redisHealth(redis),
    observability,
    routes: pages,
  });
}

/** The gateway's request context: the caller, and the idempotency key it forwards to the subgraphs. */
async function gatewayContext(request: IncomingMessage, requestId: string, { principal, authorization }: Caller): Promise<GatewayContext> {
  const idempotencyKey = request.headers[idempotencyHeader];
  return {
    principal,
    authorization,
    requestId,
    idempotencyKey: typeof idempotencyKey === "string" ? idempotencyKey : undefined,
    replay: { idempotent: false },
  };
}

/** The organisations' APQ texts, in the Redis the replicas share or in this gateway's memory; undefined with APQ off. */
function apqCache({ automaticPersistedQueries: apq }: GatewayConfig, redis: RedisConnection | undefined): OrganisationApqCache | undefined {
  if (!apq.enabled) return undefined;
  return redis ? OrganisationApqCache.shared(apq, redis) : OrganisationApqCache.inMemory(apq);
}

/**
 * The gateway's plugins, in the order they must run: the refused inputs' fields (they only add to
 * errors, at any place), the safelist and APQ, then the limits, replay headers, observation.
 * Apollo's landing page is off everywhere: it loads Apollo's sandbox from a CDN, and the gateway's
 * own sandbox (/sandbox, where a browser at /graphql is sent) is the one page.
 */
function gatewayPlugins(config: GatewayConfig, safelist: Safelist, redis: RedisConnection | undefined) {
  return [
    inputErrorFieldsPlugin<GatewayContext>(),
    persistedOperationsPlugin(safelist, apqCache(config, redis)),
    operationLimitsPlugin(config.limits),
    ApolloServerPluginLandingPageDisabled(),
    idempotentReplayHeader,
    requestObservationPlugin(),
  ];
}
