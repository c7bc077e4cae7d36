import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import "reflect-metadata";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import type { AccessMatrix } from "./access/access-matrix.ts";
import { guardSchemaWithMatrix } from "./access/matrix-guard.ts";
import type { ScopeRules } from "./access/scope-rules.ts";
import { createAuditResolver } from "./audit/audit.resolver.ts";
import { matrixAuthChecker } from "./auth-checker.ts";
import { guardRepresentations } from "./representation-guard.ts";

/** The resolver map buildSubgraphSchema takes (2.14 does not export its name). */
type SubgraphResolvers = NonNullable<
  Extract<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], { typeDefs: unknown }>["resolvers"]
>;

/** The Federation 2 spec every subgraph links, with the directives the hub uses. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `__resolveReference` per entity type name: the router hands a subgraph `{ __typename, id }`. */
export type ReferenceResolvers = Record<string, { __resolveReference: GraphQLFieldResolver<never, never> }>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** The subgraph's rows of the access matrix: enforced on the built schema, and its documentation. */
  access: AccessMatrix;
  /** How each scope of the subgraph's scoped cells is decided, per record type (scope-rules.ts); a scoped cell without one does not build. */
  scopeRules: ScopeRules<never>;
  /** The service whose audit trail this schema answers, and the root field that reads it. */
  audit: { service: string; queryName: string };
  /**
   * Resolvers set straight on the built schema, before the matrix guards it: for a field whose
   * arguments must reach it exactly as GraphQL coerced them (type-graphql copies them per call).
   */
  rawResolvers?: (schema: GraphQLSchema) => void;
}

/** One resolver class per audit query name, however often a schema is built (type-graphql keeps classes globally). */
const auditResolvers = new Map<string, Function>();
function auditResolverFor(audit: FederatedSchemaOptions["audit"]): Function {
  let resolver = auditResolvers.get(audit.queryName);
  if (!resolver) auditResolvers.set(audit.queryName, (resolver = createAuditResolver(audit.queryName, audit.service)));
  return resolver;
}

/**
 * Builds a subgraph's Federation 2 schema from its type-graphql classes: type-graphql makes the
 * schema (with `@key` and friends kept as directives on the types), `@apollo/subgraph` adds
 * `_service` and `_entities`, and the reference resolvers join type-graphql's own. Every
 * subgraph builds its schema here, so they stay alike, and every one is guarded by its access matrix. Pure: no I/O, safe to call for composition.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...options.resolvers, auditResolverFor(options.audit)],
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker: matrixAuthChecker(options.access),
    validate: false,
    skipCheck: true,
  });
  const typeDefs = parse(`${federationLink}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const subgraphSchema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as SubgraphResolvers }]);
  options.rawResolvers?.(subgraphSchema);
  guardRepresentations(subgraphSchema, typeDefs);
  return guardSchemaWithMatrix(subgraphSchema, options.access, options.scopeRules as ScopeRules);
}
