import type { FieldNode, GraphQLError, GraphQLSchema, OperationDefinitionNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { collectorOf, isIntrospectionField, rootFieldsOf, type FieldCollector, type SelectedField } from "./selected-fields.ts";

/**
 * Refuses an operation nested deeper than `maxDepth` field levels (OWASP GraphQL Cheat Sheet,
 * "Query depth limiting"): the graph's cycles (person → stays → facility → residents → person)
 * would otherwise let one small query fan out without end. A root field is level 1.
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const depthOf = depthMeter(collectorOf(context), context.getSchema());
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation);
        if (depth > maxDepth) context.reportError(depthExceeded(maxDepth, depth, operation));
      },
    };
  };
}

export const depthExceeded = (maxDepth: number, depth: number, operation: OperationDefinitionNode): GraphQLError =>
  limitExceeded("depth", maxDepth, depth, "The operation is nested too deeply", [operation]);

/** Measures the depth of the operations of one document (their fragments' depths measured once). */
export function depthMeter(fields: FieldCollector, schema: GraphQLSchema): (operation: OperationDefinitionNode) => number {
  const depthBelow = new Map<FieldNode, number>();
  const depthOf = (field: SelectedField): number => {
    if (isIntrospectionField(field.node) || !field.node.selectionSet) return isIntrospectionField(field.node) ? 0 : 1;
    const known = depthBelow.get(field.node);
    if (known !== undefined) return known;
    depthBelow.set(field.node, 1); // a fragment cycle (refused by the standard rules) stops here
    let deepest = 0;
    for (const child of fields(field.node.selectionSet, field.childType)) deepest = Math.max(deepest, depthOf(child));
    depthBelow.set(field.node, 1 + deepest);
    return 1 + deepest;
  };
  return (operation) => {
    let depth = 0;
    for (const field of rootFieldsOf(fields, schema, operation)) depth = Math.max(depth, depthOf(field));
    return depth;
  };
}
