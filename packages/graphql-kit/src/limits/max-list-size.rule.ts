import type { GraphQLError, ListValueNode, OperationDefinitionNode, ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";

/**
 * Refuses an operation with a list of more than `maxListSize` items, written in the query or sent
 * as a variable (OWASP GraphQL Cheat Sheet, "Input validation"): a batch argument such as
 * `individualsByIdentifiers(identifiers:)` is otherwise bounded only by the body size. The default
 * admits the payment system's batch of 10,000 identifiers.
 */
export function maxListSizeRule(maxListSize: number, variables: Readonly<Record<string, unknown>> = {}): ValidationRule {
  return (context) => ({
    ListValue(node) {
      if (node.values.length > maxListSize) context.reportError(writtenListTooLong(maxListSize, node));
    },
    OperationDefinition(operation) {
      const longest = longestList(variables);
      if (longest > maxListSize) context.reportError(variableListTooLong(maxListSize, longest, operation));
    },
  });
}

export const writtenListTooLong = (maxListSize: number, list: ListValueNode): GraphQLError =>
  limitExceeded("listSize", maxListSize, list.values.length, "A list in the operation is too long", [list]);

export const variableListTooLong = (maxListSize: number, longest: number, operation: OperationDefinitionNode): GraphQLError =>
  limitExceeded("listSize", maxListSize, longest, "A list in the variables is too long", [operation]);

/** The longest array anywhere in a JSON value; iterative, so deeply nested input cannot overflow the stack. */
export function longestList(value: unknown): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      longest = Math.max(longest, next.length);
      for (const item of next) pending.push(item); // not push(...next): a huge spread overflows the stack
    } else if (next !== null && typeof next === "object") {
      for (const item of Object.values(next)) pending.push(item);
    }
  }
  return longest;
}
