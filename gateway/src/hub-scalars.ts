import type { ApolloGateway } from "@apollo/gateway";
import { isScalarType, type GraphQLScalarType, type GraphQLSchema } from "graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";

/** The hub's own scalars, whose rules the subgraphs apply (graphql-kit/scalars.ts). */
const hubScalars: readonly GraphQLScalarType[] = [DateScalar, DateTimeScalar];

/**
 * The gateway's schema is built from the supergraph's SDL, which cannot carry a scalar's rules:
 * its `Date` took any value, so a bad date passed the gateway and was refused by the subgraph
 * whose field it reached, as that field's error with HTTP 200 and no field named (issue 22).
 * Given the subgraphs' own parse functions, the gateway refuses it before anything runs, as it
 * does a bad `Int`: written in the query, by validation; in a variable, by the variables'
 * coercion (input-error-fields.plugin.ts names the field). Only the parse functions are set:
 * the gateway passes subgraphs' answers and the partner's variables through as they are.
 */
export function applyHubScalarRules(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => withHubScalarRules(apiSchema));
}

export function withHubScalarRules(schema: GraphQLSchema): void {
  for (const scalar of hubScalars) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
