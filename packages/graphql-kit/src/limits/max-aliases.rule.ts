import type { FieldNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { selectedFields, type SelectedField } from "./selected-fields.ts";

/**
 * Refuses an operation with more than `maxAliases` aliased fields (OWASP GraphQL Cheat Sheet,
 * "Batching attacks"): aliases turn one request into hundreds of lookups or mutations, which
 * would walk around the rate limit and make guessing ids cheap.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    const aliasesBelow = new Map<FieldNode, number>();
    const aliasesOf = (field: SelectedField): number => {
      const own = field.node.alias ? 1 : 0;
      if (!field.node.selectionSet) return own;
      const known = aliasesBelow.get(field.node);
      if (known !== undefined) return own + known;
      aliasesBelow.set(field.node, 0); // a fragment cycle (refused by the standard rules) stops here
      let below = 0;
      for (const child of selectedFields(context, field.node.selectionSet, field.childType)) below += aliasesOf(child);
      aliasesBelow.set(field.node, below);
      return own + below;
    };
    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        let aliases = 0;
        for (const field of selectedFields(context, operation.selectionSet, root)) aliases += aliasesOf(field);
        if (aliases > maxAliases) context.reportError(limitExceeded("aliases", maxAliases, aliases, "The operation uses too many aliases", [operation]));
      },
    };
  };
}
