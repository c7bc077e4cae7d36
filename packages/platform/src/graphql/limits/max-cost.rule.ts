import { getNullableType, isListType, Kind, valueFromASTUntyped, type FieldNode, type ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { isIntrospectionField, selectedFields, type SelectedField } from "./selected-fields.ts";

/** How many items a list is assumed to hold when nothing in the query says (README, "Limits"). */
export const assumedListSize = 10;

/**
 * Refuses an operation whose estimated cost is over `maxCost` (OWASP GraphQL Cheat Sheet, "Query
 * cost analysis"). The estimate counts the objects the answer may hold: every field of an object
 * type costs 1 for each parent it is read for (scalars come with their object and are free). A
 * field's children are read once per item it returns: `first`/`last` when given (on a connection
 * this multiplies its `edges`/`nodes` only, which add no factor of their own; `pageInfo` is read
 * once), else the longest list among its arguments (one result per identifier), else
 * `assumedListSize` for a list, else 1.
 *
 * Worked example: the payment batch `individualsByIdentifiers(identifiers: [10,000 items]) {
 * levelOfCareCoverage(…) { coveredSpans { … } uncoveredSpans { … } } }` costs
 * 1 + 10,000 × (1 + 1 + 1) = 30,001, under the default of 100,000.
 */
export function maxCostRule(maxCost: number, variables: Readonly<Record<string, unknown>> = {}): ValidationRule {
  return (context) => {
    const costBelow = new Map<FieldNode, number>();
    const costOf = (field: SelectedField): number => {
      if (isIntrospectionField(field.node)) return 0;
      const own = field.childType ? 1 : 0;
      if (!field.node.selectionSet) return own;
      let below = costBelow.get(field.node);
      if (below === undefined) {
        costBelow.set(field.node, 0); // a fragment cycle (refused by the standard rules) stops here
        below = 0;
        const items = itemsPerParent(field, variables);
        const pages = !isListType(getNullableType(field.definition?.type)) && items !== 1;
        for (const child of selectedFields(context, field.node.selectionSet, field.childType)) {
          below += costOf(child) * (pages && !isPageItems(child) ? 1 : items);
        }
        costBelow.set(field.node, below);
      }
      return own + below;
    };
    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        let cost = 0;
        for (const field of selectedFields(context, operation.selectionSet, root)) cost += costOf(field);
        if (cost > maxCost) context.reportError(limitExceeded("cost", maxCost, cost, "The operation's estimated cost is too high", [operation]));
      },
    };
  };
}

/** A connection's list of items (Relay: `edges`, or the `nodes` shortcut). */
const isPageItems = ({ node }: Pick<SelectedField, "node">): boolean => node.name.value === "edges" || node.name.value === "nodes";

function itemsPerParent({ node, definition }: SelectedField, variables: Readonly<Record<string, unknown>>): number {
  const argument = (name: string): unknown => {
    const given = node.arguments?.find((arg) => arg.name.value === name);
    if (given) return given.value.kind === Kind.VARIABLE ? variables[given.value.name.value] : valueFromASTUntyped(given.value, variables);
    return definition?.args.find((arg) => arg.name === name)?.defaultValue;
  };
  for (const name of ["first", "last"]) {
    const size = argument(name);
    if (typeof size === "number" && Number.isFinite(size)) return Math.max(0, Math.floor(size));
  }
  let longest = 0;
  for (const arg of node.arguments ?? []) {
    const value = argument(arg.name.value);
    if (Array.isArray(value)) longest = Math.max(longest, value.length);
  }
  if (longest > 0) return longest;
  if (!definition) return 1;
  // A connection's page size is already counted on the connection field itself.
  if (isPageItems({ node })) return 1;
  return isListType(getNullableType(definition.type)) ? assumedListSize : 1;
}
