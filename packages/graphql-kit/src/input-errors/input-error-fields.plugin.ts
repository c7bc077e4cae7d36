import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, Kind, type ASTNode, type VariableDefinitionNode } from "graphql";
import { inputPathsOf, refusedVariablePaths, withInnerField } from "./input-paths.ts";

/**
 * Every refused input names where it is, in `extensions.field` (issue 22: a bad date written in
 * the query came back with no path or field): graphql-js says only a line and column for a value
 * written in the query, and puts a variable's inner path in its message alone.
 *  - a value written in the query that its type refuses, an unknown argument, a field the type
 *    lacks: GRAPHQL_VALIDATION_FAILED, HTTP 400 (graphql-js validation, Apollo's status), with
 *    `field` the argument's path (`individual.levelOfCareDeterminations.asOf`);
 *  - a variable its type refuses: BAD_USER_INPUT, HTTP 400 (Apollo's status for variable
 *    coercion), with `field` the path inside the variable (`$input.effectiveOn`).
 * Apollo hands the errors to `validationDidEnd` and `didEncounterErrors` before it answers with
 * them, so the field is added there, to the errors themselves; nothing else about them changes.
 */
export function inputErrorFieldsPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            if (!errors?.length) return;
            const paths = inputPathsOf(document);
            for (const error of errors) {
              if (!(error instanceof GraphQLError)) continue;
              const path = error.nodes?.map((node) => paths.get(node)).find(Boolean);
              nameField(error, path && error.nodes?.[0]?.kind === Kind.OBJECT ? withInnerField(path, error.message) : path);
            }
          };
        },
        async didEncounterErrors({ errors, schema, request }) {
          const pending = new Map<VariableDefinitionNode, string[]>();
          for (const error of errors) {
            const definition = variableDefinitionOf(error);
            if (!definition) continue;
            if (!pending.has(definition)) pending.set(definition, refusedVariablePaths(schema, definition, request.variables));
            const paths = pending.get(definition)!;
            nameField(error, paths.length > 1 ? paths.shift() : paths[0]);
          }
        },
      };
    },
  };
}

/** A variable's refusal by graphql-js carries the variable's definition as its node. */
function variableDefinitionOf(error: GraphQLError): VariableDefinitionNode | undefined {
  const node: ASTNode | undefined = error.nodes?.[0];
  return node?.kind === Kind.VARIABLE_DEFINITION ? node : undefined;
}

function nameField(error: GraphQLError, field: string | undefined): void {
  // An error raised on purpose already names its field; graphql-js's own errors have a plain extensions object.
  if (field && error.extensions.field === undefined) (error.extensions as Record<string, unknown>).field = field;
}
