import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { GraphQLSchema } from "graphql";
import { createTokenVerifier } from "../auth/token-verifier.ts";
import type { Principal } from "../auth/principal.ts";
import type { SubgraphConfig } from "../config/env.ts";
import type { SubgraphName } from "../config/service-names.ts";
import { openDatabase } from "../database/database.ts";
import { applyPendingMigrations, prismaFolder } from "../database/migrations.ts";
import { StatementLog, withStatementLog } from "../database/statement-log.ts";
import { AuditCollector } from "../audit/audit-collector.ts";
import { auditPlugin } from "../audit/audit-plugin.ts";
import type { RawSqlClient } from "../audit/audit-store.ts";
import type { RequestContext } from "../graphql/context.ts";
import { createErrorFormatter } from "../graphql/format-error.ts";
import { createLogger } from "../logger.ts";
import { createServiceHttpServer } from "./http-server.ts";
import { closeGracefully, listen } from "./lifecycle.ts";

/** What a subgraph supplies; the platform does the rest the same way for all four. */
export interface SubgraphModule<Client extends { $disconnect(): Promise<void> }, Loaders> {
  name: SubgraphName;
  /** The folder holding `schema.prisma` and `migrations/`. */
  prismaDir: string;
  buildSchema(): Promise<GraphQLSchema>;
  createClient(adapter: SqlMigrationAwareDriverAdapterFactory): Client;
  createLoaders(client: Client, principal: Principal): Loaders;
  /** Synthetic demo data; must be idempotent, because it runs at every start that asks for it. */
  seedDemoData?(client: Client): Promise<void>;
}

export interface RunningService {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}

export async function startSubgraph<Client extends { $disconnect(): Promise<void> }, Loaders>(
  module: SubgraphModule<Client, Loaders>,
  config: SubgraphConfig,
): Promise<RunningService & { client: Client; statements: StatementLog }> {
  const logger = createLogger(module.name);
  const database = await openDatabase(config.database);
  try {
    const applied = await applyPendingMigrations(database.adapter, prismaFolder(module.prismaDir));
    if (applied.length > 0) logger.info({ migrations: applied, database: database.kind }, "applied migrations");
  } catch (error) {
    await database.close();
    throw error;
  }
  const statements = new StatementLog();
  const client = module.createClient(withStatementLog(database.adapter, statements));
  if (config.seedDemoData && module.seedDemoData) await module.seedDemoData(client);

  const verify = await createTokenVerifier(config.auth);
  const apollo = new ApolloServer<RequestContext<Client, Loaders>>({
    schema: await module.buildSchema(),
    introspection: config.mode !== "production",
    // Inline traces are for Apollo Studio, which the hub does not use; they cost CPU under load.
    plugins: [ApolloServerPluginInlineTraceDisabled(), auditPlugin(module.name, client as unknown as RawSqlClient, logger)],
    includeStacktraceInErrorResponses: false,
    // The process owner (runAsProcess, or a test) decides when to stop, and stops everything in order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger),
  });
  await apollo.start();
  const server = createServiceHttpServer({
    apollo,
    // Every subgraph verifies the token itself: a request sent straight here gets no more than through the gateway.
    context: async (request, requestId) => {
      const principal = await verify(request.headers.authorization);
      return {
        principal,
        db: client,
        loaders: module.createLoaders(client, principal),
        requestId,
        authorization: request.headers.authorization ?? "",
        graphUrl: config.graphUrl,
        audit: new AuditCollector(),
      };
    },
    ready: () => database.ping(),
  });
  let port: number;
  try {
    port = await listen(server, config.host, config.port, config.portVariable);
  } catch (error) {
    await apollo.stop();
    await client.$disconnect();
    await database.close();
    throw error;
  }
  const url = `http://${config.host}:${port}/graphql`;
  logger.info({ url, database: database.kind }, "subgraph ready");
  return {
    name: module.name,
    port,
    url,
    client,
    statements,
    async stop() {
      await closeGracefully(server);
      await apollo.stop();
      await client.$disconnect();
      await database.close();
      logger.info("stopped");
    },
  };
}
