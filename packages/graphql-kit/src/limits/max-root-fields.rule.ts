import type { GraphQLError, GraphQLSchema, OperationDefinitionNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { collectorOf, rootFieldsOf, type FieldCollector } from "./selected-fields.ts";

/**
 * Refuses an operation selecting more than `maxRootFields` fields at its root, aliased or not
 * (`__typename` aside): each root field is its own query or mutation, so this bounds how much
 * work one request can start.
 */
export function maxRootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = rootFieldCount(collectorOf(context), context.getSchema(), operation);
      if (count > maxRootFields) context.reportError(rootFieldsExceeded(maxRootFields, count, operation));
    },
  });
}

export const rootFieldsExceeded = (maxRootFields: number, count: number, operation: OperationDefinitionNode): GraphQLError =>
  limitExceeded("rootFields", maxRootFields, count, "The operation selects too many root fields", [operation]);

export const rootFieldCount = (fields: FieldCollector, schema: GraphQLSchema, operation: OperationDefinitionNode): number =>
  rootFieldsOf(fields, schema, operation).filter(({ node }) => node.name.value !== "__typename").length;
