import type { FieldNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { isIntrospectionField, selectedFields, type SelectedField } from "./selected-fields.ts";

/**
 * Refuses an operation nested deeper than `maxDepth` field levels (OWASP GraphQL Cheat Sheet,
 * "Query depth limiting"): the graph's cycles (person → stays → facility → residents → person)
 * would otherwise let one small query fan out without end. A root field is level 1.
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const depthBelow = new Map<FieldNode, number>();
    const depthOf = (field: SelectedField): number => {
      if (isIntrospectionField(field.node) || !field.node.selectionSet) return isIntrospectionField(field.node) ? 0 : 1;
      const known = depthBelow.get(field.node);
      if (known !== undefined) return known;
      depthBelow.set(field.node, 1); // a fragment cycle (refused by the standard rules) stops here
      let deepest = 0;
      for (const child of selectedFields(context, field.node.selectionSet, field.childType)) deepest = Math.max(deepest, depthOf(child));
      depthBelow.set(field.node, 1 + deepest);
      return 1 + deepest;
    };
    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        let depth = 0;
        for (const field of selectedFields(context, operation.selectionSet, root)) depth = Math.max(depth, depthOf(field));
        if (depth > maxDepth) context.reportError(limitExceeded("depth", maxDepth, depth, "The operation is nested too deeply", [operation]));
      },
    };
  };
}
