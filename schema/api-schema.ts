import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/**
 * The graph partners see: the supergraph without federation's machinery (join__ directives,
 * @inaccessible fields, _entities). Breaking-change checks and description checks read this,
 * because that is the contract.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The API schema as stable SDL: types sorted, so a diff shows only real changes. */
export const printApiSchema = (supergraphSdl: string) => printSchema(lexicographicSortSchema(apiSchemaOf(supergraphSdl)));
