import {
  getNullableType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { collectorOf, isIntrospectionField, rootFieldsOf, type FieldCollector, type SelectedField } from "./selected-fields.ts";

/** How many items a list is assumed to hold when nothing in the query says (README, "Limits"). */
export const assumedListSize = 10;

/**
 * Refuses an operation whose estimated cost is over `maxCost` (OWASP GraphQL Cheat Sheet, "Query
 * cost analysis"). The estimate counts the objects the answer may hold: every field of an object
 * type costs 1 for each parent it is read for (scalars come with their object and are free). A
 * field's children are read once per item it returns: `first`/`last` when given (on a connection
 * this multiplies its `edges`/`nodes` only, which add no factor of their own; `pageInfo` is read
 * once), else — for a root field — the longest list among its arguments (a batch lookup answers
 * one result per identifier), else `assumedListSize` for a list, else 1.
 *
 * Below the root, a list argument is shared by the parents: the claim batch hands the same lines
 * to every person, and each answers only the lines naming it, so the parents of one root batch
 * answer the L lines between them — once per *distinct* item of the batch. A batch that repeats an
 * item answers that item's lines once per repeat (red-team finding 3: 400 copies of one Medicaid
 * ID × 400 lines was 160,000 objects on an estimate of 8,401). So such a field answers
 * L × (N − D + 1) items over a root batch of N items of which D are distinct (the worst case: every
 * line belongs to the repeated item), and L for a single parent.
 *
 * A root field answering one object for a whole batch (the claim batch as one entry point,
 * `levelOfCareClaimBatch(lines: [L items]) { lines { … } }`) holds its L answers in a list below
 * it: its list fields without arguments of their own hold the batch's L items, not
 * `assumedListSize`, so the estimate grows with the batch as the answer does.
 *
 * Worked example: the payment batch `individualsByIdentifiers(identifiers: [10,000 items]) {
 * levelOfCareCoverage(…) { coveredSpans { … } uncoveredSpans { … } } }` costs
 * 1 + 10,000 × (1 + 1 + 1) = 30,001; the claim batch `individualsByIdentifiers(<10,000 distinct>) {
 * levelOfCareClaimCoverage(lines: <10,000>) { coveredSpans {…} uncoveredSpans {…} } }` costs
 * 1 + 10,000 × (1 + 1 × 2) = 30,001 (it was 210,001 when a line list below the root counted as 10
 * items per person); the same with 400 copies of one identifier and 400 lines costs
 * 1 + 400 × (1 + 400 × 2) = 320,401, over the default of 300,000; `levelOfCareClaimBatch(lines:
 * <10,000>) { lines { coveredSpans {…} uncoveredSpans {…} } }` costs 1 + (1 + 10,000 × 2) = 20,002.
 */
export function maxCostRule(maxCost: number, variables: Readonly<Record<string, unknown>> = {}): ValidationRule {
  return (context) => {
    const costOf = costMeter(collectorOf(context), context.getSchema(), variables);
    return {
      OperationDefinition(operation) {
        const cost = costOf(operation);
        if (cost > maxCost) context.reportError(costExceeded(maxCost, cost, operation));
      },
    };
  };
}

export const costExceeded = (maxCost: number, cost: number, operation: OperationDefinitionNode): GraphQLError =>
  limitExceeded("cost", maxCost, cost, "The operation's estimated cost is too high", [operation]);

/** Estimates the cost of the operations of one document under `variables` (a fragment costed once where its share is whole). */
export function costMeter(
  fields: FieldCollector,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>>,
): (operation: OperationDefinitionNode) => number {
  const costBelow = new Map<FieldNode, number>();
  /**
   * `share`: the part of a shared list argument each parent answers (1 away from a root batch);
   * `batch`: the items of a batch answered as one object, held by the list fields below it.
   */
  const costOf = (field: SelectedField, atRoot = false, share = 1, batch?: number): number => {
    if (isIntrospectionField(field.node)) return 0;
    const own = field.childType ? 1 : 0;
    if (!field.node.selectionSet) return own;
    // Memoised only where the share is 1 and no batch is held, so a fragment spread many times is costed once.
    const memoised = share === 1 && batch === undefined;
    let below = memoised ? costBelow.get(field.node) : undefined;
    if (below === undefined) {
      if (memoised) costBelow.set(field.node, 0); // a fragment cycle (refused by the standard rules) stops here
      below = 0;
      const { items, childShare, batchOfOne } = itemsPerParent(field, variables, atRoot, share, batch);
      const pages = !isListType(getNullableType(field.definition?.type)) && items !== 1;
      for (const child of fields(field.node.selectionSet, field.childType)) {
        below += batchOfOne ? costOf(child, false, 1, items) : costOf(child, false, childShare) * (pages && !isPageItems(child) ? 1 : items);
      }
      if (memoised) costBelow.set(field.node, below);
    }
    return own + below;
  };
  return (operation) => {
    let cost = 0;
    for (const field of rootFieldsOf(fields, schema, operation)) cost += costOf(field, true);
    return Math.ceil(cost);
  };
}

/** A connection's list of items (Relay: `edges`, or the `nodes` shortcut). */
const isPageItems = ({ node }: Pick<SelectedField, "node">): boolean => node.name.value === "edges" || node.name.value === "nodes";

function itemsPerParent(
  { node, definition }: SelectedField,
  variables: Readonly<Record<string, unknown>>,
  atRoot: boolean,
  share: number,
  batch: number | undefined,
): { items: number; childShare: number; batchOfOne?: boolean } {
  const argument = (name: string): unknown => {
    const given = node.arguments?.find((arg) => arg.name.value === name);
    if (given) return given.value.kind === Kind.VARIABLE ? variables[given.value.name.value] : valueFromASTUntyped(given.value, variables);
    return definition?.args.find((arg) => arg.name === name)?.defaultValue;
  };
  for (const name of ["first", "last"]) {
    const size = argument(name);
    if (typeof size === "number" && Number.isFinite(size)) return { items: Math.max(0, Math.floor(size)), childShare: 1 };
  }
  let longest: unknown[] = [];
  for (const arg of node.arguments ?? []) {
    const value = argument(arg.name.value);
    if (Array.isArray(value) && value.length > longest.length) longest = value;
  }
  if (longest.length > 0) {
    // A root batch answered as one object: its answers are in the lists below it (see above).
    if (atRoot && !isListType(getNullableType(definition?.type))) return { items: longest.length, childShare: 1, batchOfOne: true };
    // A root batch: one answer per item; its children share their list arguments (see above).
    if (atRoot) return { items: longest.length, childShare: (longest.length - distinctCount(longest) + 1) / longest.length };
    return { items: longest.length * share, childShare: 1 };
  }
  if (!definition) return { items: 1, childShare: 1 };
  // A connection's page size is already counted on the connection field itself.
  if (isPageItems({ node })) return { items: 1, childShare: 1 };
  return { items: isListType(getNullableType(definition.type)) ? (batch ?? assumedListSize) : 1, childShare: 1 };
}

/** Items of a list that differ, compared as canonical JSON (object keys sorted). */
function distinctCount(list: readonly unknown[]): number {
  return new Set(list.map((item) => JSON.stringify(sortedKeys(item, 0)))).size;
}

/**
 * Below a few levels every value reads the same: a hostile variable nested 50,000 deep must not
 * overflow the stack here, and counting different items as repeats only raises the estimate.
 */
const comparedDepth = 4;
function sortedKeys(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= comparedDepth) return "…";
  if (Array.isArray(value)) return value.map((item) => sortedKeys(item, depth + 1));
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key], depth + 1)]),
  );
}
