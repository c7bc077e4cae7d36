import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { GraphQLSchema } from "graphql";
import { createServiceCredentialIssuer } from "@pasrr/auth/service-credential";
import { createServiceIdentity } from "@pasrr/auth/service-identity";
import { createOwnerCalls, type OwnerCallsFactory } from "./owner-call.ts";
import type { Caller } from "@pasrr/service-kit/edge/caller";
import type { Principal } from "@pasrr/auth/principal";
import type { Logger } from "@pasrr/observability/logger";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Env } from "@pasrr/config/env";
import type { SubgraphConfig } from "./subgraph-config.ts";
import type { SubgraphName } from "@pasrr/config/service-names";
import { ConfigError } from "@pasrr/config/config-error";
import { openDatabase, type Database } from "@pasrr/db/database";
import { isDatabaseUnavailable } from "@pasrr/db/database-unavailable";
import { applyPendingMigrations, pendingMigrations, prismaFolder, type PrismaFolder } from "@pasrr/db/migrations";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import { AuditCollector } from "./audit/audit-collector.ts";
import { auditPlugin } from "./audit/audit-plugin.ts";
import type { RawSqlClient } from "./audit/audit-store.ts";
import type { HubServices, RequestContext } from "./context.ts";
import { createErrorFormatter } from "@pasrr/graphql-kit/format-error";
import { inputErrorFieldsPlugin } from "@pasrr/graphql-kit/input-errors/input-error-fields.plugin";
import { idempotencyPlugin, requestDatabaseKey } from "./idempotency/idempotency-plugin.ts";
import { RequestDatabase, type TransactionalClient } from "./idempotency/request-database.ts";
import { operationLimitsPlugin } from "@pasrr/graphql-kit/limits/operation-limits.plugin";
import { schemaExposurePlugin } from "./schema-exposure.plugin.ts";
import { createEdgePolicy } from "@pasrr/service-kit/edge/edge-policy";
import { createLogger } from "@pasrr/observability/logger";
import { loggableError } from "@pasrr/observability/safe-error";
import { requestObservationPlugin } from "@pasrr/observability/request-observation";
import { ServiceObservability } from "@pasrr/observability/service-observability";
import type { ServiceMetrics } from "@pasrr/observability/metrics";
import { createServiceHttpServer } from "@pasrr/service-kit/http-server";
import { closeGracefully, listen, type RunningService } from "@pasrr/service-kit/lifecycle";
import { reportStartPhase } from "@pasrr/service-kit/start-phase";
import { openRedisConnection, redisHealth, type RedisConnection } from "@pasrr/service-kit/shared-state/redis-connection";

/** What a subgraph supplies; the platform does the rest the same way for all four. */
export interface SubgraphModule<Client extends { $disconnect(): Promise<void> }, Loaders, Services extends object = object> {
  name: SubgraphName;
  /** The folder holding `schema.prisma` and `migrations/`. */
  prismaDir: string;
  /** Builds the schema from code alone: no configuration, no I/O (composition builds it with an empty environment). */
  buildSchema(): Promise<GraphQLSchema>;
  createClient(adapter: SqlMigrationAwareDriverAdapterFactory): Client;
  /**
   * The subgraph's own services (policy, settings, outbound clients), made once at start-up from
   * the validated configuration and the service's environment: the only place a subgraph reads
   * its own settings, so a bad value stops start-up before anything listens.
   */
  createServices(config: SubgraphConfig, env: Env): Services | Promise<Services>;
  createLoaders(client: Client, principal: Principal, services: HubServices & Services): Loaders;
  /** Synthetic demo data, dated relative to the clock's today; must be idempotent, because it runs at every start that asks for it. */
  seedDemoData?(client: Client, services: HubServices & Services): Promise<void>;
}

type Disconnectable = { $disconnect(): Promise<void> } & object;

/**
 * Starts a subgraph from what it supplies, in order: its services, its database (migrated), the
 * demo data when asked, Apollo with the platform's plugins, and the HTTP face. Whatever was opened
 * before a step that fails is closed again, newest first; `stop()` closes all of it the same way.
 */
export async function startSubgraph<Client extends Disconnectable, Loaders, Services extends object>(
  module: SubgraphModule<Client, Loaders, Services>,
  config: SubgraphConfig,
  env: Env,
): Promise<RunningService & { client: Client; backgroundClient: Client; statements: StatementLog; services: HubServices & Services; metrics: ServiceMetrics }> {
  const logger = createLogger(module.name, config.observability);
  const { services, owners } = await startServices(module, config, env);
  const observability = new ServiceObservability(module.name, logger, config.observability);
  const closers: Array<() => Promise<void>> = [() => observability.stop()];
  const closeAll = async () => {
    for (const close of closers.reverse().splice(0)) await close();
  };
  try {
    // The organisations' rates, shared with the other replicas when REDIS_URL is set.
    const redis = await openRedisConnection(module.name, config.redis, observability);
    if (redis) closers.push(() => redis.close());
    const { database, client, backgroundClient, statements } = await openSubgraphDatabase(module, config, logger, observability, closers);
    if (config.seedDemoData && module.seedDemoData) {
      reportStartPhase("seeding demo data");
      await module.seedDemoData(client, services);
    }
    reportStartPhase("starting GraphQL");

    const apollo = new ApolloServer<RequestContext<Client, Loaders, Services>>({
      ...apolloOptions(config, logger),
      schema: await module.buildSchema(),
      plugins: subgraphPlugins(module.name, config, client, logger),
    });
    await apollo.start();
    closers.push(() => apollo.stop());
    const server = createServiceHttpServer({
      apollo,
      admit: await subgraphEdgePolicy(config, redis),
      context: requestContext(module, client, services, owners),
      ready: () => database.ping(),
      health: () => redisHealth(redis),
      observability,
    });
    const port = await listen(server, config.host, config.port, config.portVariable);
    closers.push(() => closeGracefully(server));
    const url = `http://${config.host}:${port}/graphql`;
    logger.info({ url, database: database.kind }, "subgraph ready");
    let stopping: Promise<void> | undefined;
    return {
      name: module.name,
      port,
      url,
      client,
      backgroundClient,
      statements,
      services,
      // For the service's own background work to count on its `/metrics`.
      metrics: observability.metrics,
      // Idempotent: a service stopped early (a test taking it down) is stopped once, not twice, at the end.
      stop() {
        stopping ??= closeAll().then(() => logger.info("stopped"));
        return stopping;
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The subgraph's database, migrated (or checked current), and its two clients; each is registered with `closers` as soon as it is open. */
async function openSubgraphDatabase<Client extends Disconnectable>(
  module: Pick<SubgraphModule<Client, unknown>, "prismaDir" | "createClient">,
  config: SubgraphConfig,
  logger: Logger,
  observability: ServiceObservability,
  closers: Array<() => Promise<void>>,
) {
  reportStartPhase("opening its database");
  const database = await openDatabase(config.database, {
    onError: (error) => logger.warn({ err: loggableError(error), database: config.database.kind }, "database connection lost"),
  });
  closers.push(() => database.close());
  await bringSchemaCurrent(database, prismaFolder(module.prismaDir), config, logger);
  const statements = new StatementLog();
  const client = module.createClient(withStatementLog(database.adapter, statements, observability.tracing?.tracer));
  // Work a service does on its own, outside any request (the facilities census feed's relay),
  // goes through a client of its own: the statement log counts what requests cost, nothing else.
  const backgroundClient = module.createClient(database.adapter);
  closers.push(
    () => client.$disconnect(),
    () => backgroundClient.$disconnect(),
  );
  return { database, client, backgroundClient, statements };
}

/**
 * With MIGRATE_AT_START (development and test by default) applies pending migrations; otherwise
 * (production by default) refuses to start on a database that lacks any: a service must never
 * answer over a schema older than its code, and a release migrates once (`npm run migrate`), not in every replica.
 */
async function bringSchemaCurrent(database: Database, folder: PrismaFolder, config: SubgraphConfig, logger: Logger) {
  if (config.migrateAtStart) {
    reportStartPhase("migrating its database");
    const applied = await applyPendingMigrations(database, folder);
    if (applied.length > 0) logger.info({ migrations: applied, database: database.kind }, "applied migrations");
    return;
  }
  const pending = await pendingMigrations(database, folder);
  if (pending.length > 0) {
    throw new ConfigError(
      config.database.variable,
      `the database lacks ${pending.length} migration(s): ${pending.join(", ")}. Run npm run migrate (compiled: npm run migrate:prod); this start only checks (MIGRATE_AT_START=false)`,
    );
  }
}

/** Each request's context: the caller, fresh loaders over the request's view of the database, the services, the request's own plumbing. */
function requestContext<Client extends Disconnectable, Loaders, Services extends object>(
  module: SubgraphModule<Client, Loaders, Services>,
  client: Client,
  services: HubServices & Services,
  owners: OwnerCallsFactory,
) {
  return async (_request: unknown, requestId: string, { principal, authorization, vouchedBy }: Caller) => {
    // Resolvers and loaders share one view of the database, which an idempotent mutation routes into its transaction.
    const requestDb = new RequestDatabase(client);
    const requestServices = { ...services, owners: owners.forRequest(requestId) };
    return {
      principal,
      loaders: module.createLoaders(requestDb.client, principal, requestServices),
      services: requestServices,
      db: requestDb.client,
      requestId,
      authorization,
      vouchedBy,
      [requestDatabaseKey]: requestDb,
      audit: new AuditCollector(),
    };
  };
}

/** The subgraph's own services and the platform's (the clock, the graph's URL, calls to other owners under the service's identity). */
async function startServices<Client extends Disconnectable, Loaders, Services extends object>(
  module: SubgraphModule<Client, Loaders, Services>,
  config: SubgraphConfig,
  env: Env,
) {
  const own = await module.createServices(config, env);
  const owners = createOwnerCalls(config.ownerUrls, await createServiceIdentity(module.name, config), await createServiceCredentialIssuer(module.name, config));
  const services: HubServices & Services = { ...own, clock: config.clock, graphUrl: config.graphUrl, owners: owners.forRequest("start-up") };
  return { services, owners };
}

/**
 * Every subgraph checks the token, the rate and the safelisted roles itself: a request sent
 * straight here gets no more than through the gateway (architecture.md, "Trust boundary").
 */
function subgraphEdgePolicy(config: SubgraphConfig, redis: RedisConnection | undefined) {
  return createEdgePolicy(config, {
    partnerMaxBodyBytes: config.partner.maxBodyBytes,
    vouchedMaxBodyBytes: config.maxBodyBytes,
    rateLimit: config.partner.rateLimit,
    redis,
    gatewayOnlyRoles: config.partner.gatewayOnlyRoles,
  });
}

function apolloOptions(config: SubgraphConfig, logger: Logger) {
  return {
    // Introspection and `_service { sdl }` are decided per request (schemaExposurePlugin): in
    // production only the gateway's own credential reads them.
    introspection: true,
    // No APQ: the gateway sends subgraphs full texts, and Apollo's cache is keyed by hash alone, so
    // a partner reaching a subgraph directly could learn whether anyone else sent an operation (red-team finding 6).
    persistedQueries: false as const,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.mode !== "development",
    // The process owner (runAsProcess, or a test) decides when to stop, and stops everything in order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger, isDatabaseUnavailable),
  };
}

/**
 * The platform's plugins, the same for all four subgraphs, in the order they must run.
 * Inline traces are for Apollo Studio, which the hub does not use; they cost CPU under load.
 * Cache hints likewise (no @cacheControl anywhere): the plugin wraps every field's resolver,
 * which a 10,000-person `_entities` batch pays for hundreds of thousands of times.
 * A partner's own request gets the gateway's limits, cost and list size included (an `_entities`
 * call's representations are a list); the gateway's fetches, depth, alias and root-field limits.
 * Idempotency before audit: an idempotent mutation's transaction commits before the audit row is written.
 */
function subgraphPlugins<Context extends RequestContext>(
  name: SubgraphName,
  config: SubgraphConfig,
  client: object,
  logger: Logger,
): ApolloServerPlugin<Context>[] {
  return [
    // Apollo's default landing page loads Apollo's sandbox from its CDN, in production too; a subgraph
    // shows no page (the hub's one page is the gateway's sandbox, issue 22).
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    operationLimitsPlugin<Context>((context) => (context.vouchedBy ? config.limits : config.partner.limits)),
    inputErrorFieldsPlugin<Context>(),
    schemaExposurePlugin(config.mode),
    idempotencyPlugin(client as unknown as TransactionalClient, logger, config.idempotency),
    auditPlugin(name, client as unknown as RawSqlClient, logger),
    requestObservationPlugin(),
  ];
}
