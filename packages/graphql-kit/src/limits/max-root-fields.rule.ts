import type { ValidationRule } from "graphql";
import { limitExceeded } from "./limit-exceeded.ts";
import { selectedFields } from "./selected-fields.ts";

/**
 * Refuses an operation selecting more than `maxRootFields` fields at its root, aliased or not
 * (`__typename` aside): each root field is its own query or mutation, so this bounds how much
 * work one request can start.
 */
export function maxRootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation) ?? undefined;
      const fields = selectedFields(context, operation.selectionSet, root).filter(({ node }) => node.name.value !== "__typename");
      if (fields.length > maxRootFields) {
        context.reportError(limitExceeded("rootFields", maxRootFields, fields.length, "The operation selects too many root fields", [operation]));
      }
    },
  });
}
