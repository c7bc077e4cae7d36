import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import "reflect-metadata";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { roleAuthChecker } from "./auth-checker.ts";

/** The Federation 2 spec every subgraph links, with the directives the hub uses. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `__resolveReference` per entity type name: the router hands a subgraph `{ __typename, id }`. */
export type ReferenceResolvers = Record<string, { __resolveReference: GraphQLFieldResolver<never, never> }>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds a subgraph's Federation 2 schema from its type-graphql classes: type-graphql makes the
 * schema (with `@key` and friends kept as directives on the types), `@apollo/subgraph` adds
 * `_service` and `_entities`, and the reference resolvers join type-graphql's own. Every
 * subgraph builds its schema here, so they stay alike. Pure: no I/O, safe to call for composition.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker: roleAuthChecker,
    validate: false,
    skipCheck: true,
  });
  const typeDefs = parse(`${federationLink}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]);
}
