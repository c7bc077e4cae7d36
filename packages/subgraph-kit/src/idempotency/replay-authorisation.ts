import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { accessOf, isDenied } from "../access/access-matrix.ts";
import { matrixGuarding } from "../access/matrix-guard.ts";
import type { Role } from "@pasrr/auth/roles";

/**
 * Whether a principal may still be given a stored answer: a replay runs no resolver, so the
 * matrix guard never sees it. Each root mutation of the operation must still be allowed to the
 * replaying role by the access matrix (red-team finding 2). Returns the refused coordinate, if any.
 */
export function refusedReplay(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, role: Role): string | undefined {
  const matrix = matrixGuarding(schema);
  // A schema without a matrix cannot be checked: refuse rather than replay unchecked (fail closed).
  if (!matrix) return "Mutation";
  return rootFields(document, operation.selectionSet)
    .map((field) => `Mutation.${field}`)
    .find((coordinate) => isDenied(accessOf(matrix, coordinate, role)));
}

/** The root field names an operation selects, through inline fragments and fragment spreads. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === "__typename" ? [] : [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name);
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION ? rootFields(document, fragment.selectionSet, seen) : [];
  });
}
