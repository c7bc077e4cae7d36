import type { FieldNode, GraphQLError, GraphQLSchema, OperationDefinitionNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { collectorOf, rootFieldsOf, type FieldCollector, type SelectedField } from "./selected-fields.ts";

/**
 * Refuses an operation with more than `maxAliases` aliased fields (OWASP GraphQL Cheat Sheet,
 * "Batching attacks"): aliases turn one request into hundreds of lookups or mutations, which
 * would walk around the rate limit and make guessing ids cheap.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    const aliasesOf = aliasMeter(collectorOf(context), context.getSchema());
    return {
      OperationDefinition(operation) {
        const aliases = aliasesOf(operation);
        if (aliases > maxAliases) context.reportError(aliasesExceeded(maxAliases, aliases, operation));
      },
    };
  };
}

export const aliasesExceeded = (maxAliases: number, aliases: number, operation: OperationDefinitionNode): GraphQLError =>
  limitExceeded("aliases", maxAliases, aliases, "The operation uses too many aliases", [operation]);

/** Counts the aliased fields of the operations of one document (their fragments' counted once per place of use). */
export function aliasMeter(fields: FieldCollector, schema: GraphQLSchema): (operation: OperationDefinitionNode) => number {
  const aliasesBelow = new Map<FieldNode, number>();
  const aliasesOf = (field: SelectedField): number => {
    const own = field.node.alias ? 1 : 0;
    if (!field.node.selectionSet) return own;
    const known = aliasesBelow.get(field.node);
    if (known !== undefined) return own + known;
    aliasesBelow.set(field.node, 0); // a fragment cycle (refused by the standard rules) stops here
    let below = 0;
    for (const child of fields(field.node.selectionSet, field.childType)) below += aliasesOf(child);
    aliasesBelow.set(field.node, below);
    return own + below;
  };
  return (operation) => {
    let aliases = 0;
    for (const field of rootFieldsOf(fields, schema, operation)) aliases += aliasesOf(field);
    return aliases;
  };
}
