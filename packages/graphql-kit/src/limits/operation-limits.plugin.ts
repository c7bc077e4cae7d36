import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type ListValueNode, type OperationDefinitionNode } from "graphql";
import type { OperationLimits } from "./operation-limits.config.ts";
import { aliasesExceeded, aliasMeter } from "./max-aliases.rule.ts";
import { costExceeded, costMeter } from "./max-cost.rule.ts";
import { depthExceeded, depthMeter } from "./max-depth.rule.ts";
import { longestList, variableListTooLong, writtenListTooLong } from "./max-list-size.rule.ts";
import { rootFieldCount, rootFieldsExceeded } from "./max-root-fields.rule.ts";
import { rememberingCollector, type FieldCollector } from "./selected-fields.ts";

/**
 * Applies the operation limits after Apollo Server has parsed and validated the operation and
 * before anything runs. The rules run here rather than as `validationRules` because cost and list
 * sizes depend on the variables, and because Apollo would relabel a validation rule's error
 * GRAPHQL_VALIDATION_FAILED, losing the OPERATION_LIMIT_EXCEEDED code partners can act on.
 * Only the limits given apply; they may depend on the request's context (a subgraph gives a
 * partner's own request the gateway's limits, and the gateway's fetches only depth, aliases and
 * root fields, leaving cost and list size to the gateway, which has applied them). They are
 * checked one at a time in this order and the first one exceeded is the answer, so an over-long
 * batch is reported as `listSize` rather than as the cost it would also exceed.
 *
 * The rules' own meters measure each document once (issue 20: five `validate()` passes were a
 * tenth of the gateway's CPU per request). Apollo Server hands every request for a text it has
 * parsed before the same DocumentNode from its document cache, so what does not depend on the
 * variables — depth, aliases, root fields, the lists written in the text and the fields under
 * each selection — is kept with the document; the cost and the variables' lists are measured per
 * request over those kept fields. Each check gives exactly the error its validation rule gives,
 * for the operations in document order, as `validate()` would report them.
 */
export function operationLimitsPlugin<TContext extends BaseContext>(
  limitsFor: Partial<OperationLimits> | ((contextValue: TContext) => Partial<OperationLimits>),
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, contextValue }) {
          const limits = typeof limitsFor === "function" ? limitsFor(contextValue) : limitsFor;
          const exceeded = firstLimitExceeded(shapeOf(schema, document), limits, request.variables ?? {});
          if (exceeded) throw exceeded;
        },
      };
    },
  };
}

/** What a document's limits are judged on, measured once: per operation, and the lists written in it. */
interface DocumentShape {
  schema: GraphQLSchema;
  fields: FieldCollector;
  operations: { operation: OperationDefinitionNode; depth: number; aliases: number; rootFields: number }[];
  /** The lists written in the text, and the operations (where the variables' lists are checked), in the order `validate()` visits them. */
  listChecks: (ListValueNode | OperationDefinitionNode)[];
}

const shapes = new WeakMap<DocumentNode, DocumentShape>();

function shapeOf(schema: GraphQLSchema, document: DocumentNode): DocumentShape {
  const known = shapes.get(document);
  // A document is measured against one schema; a gateway whose supergraph changed measures it again.
  if (known?.schema === schema) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fields = rememberingCollector({ getSchema: () => schema, getFragment: (name) => fragments.get(name) });
  const [depthOf, aliasesOf] = [depthMeter(fields, schema), aliasMeter(fields, schema)];
  const operations = document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ operation, depth: depthOf(operation), aliases: aliasesOf(operation), rootFields: rootFieldCount(fields, schema, operation) }));
  const listChecks: DocumentShape["listChecks"] = [];
  visit(document, {
    OperationDefinition: (operation) => void listChecks.push(operation),
    // An empty list is within every limit.
    ListValue: (list) => void (list.values.length > 0 && listChecks.push(list)),
  });
  const shape = { schema, fields, operations, listChecks };
  shapes.set(document, shape);
  return shape;
}

function firstLimitExceeded(shape: DocumentShape, limits: Partial<OperationLimits>, variables: Readonly<Record<string, unknown>>) {
  const { maxDepth, maxAliases, maxRootFields, maxListSize, maxCost } = limits;
  if (maxDepth !== undefined) {
    const deep = shape.operations.find(({ depth }) => depth > maxDepth);
    if (deep) return depthExceeded(maxDepth, deep.depth, deep.operation);
  }
  if (maxAliases !== undefined) {
    const aliased = shape.operations.find(({ aliases }) => aliases > maxAliases);
    if (aliased) return aliasesExceeded(maxAliases, aliased.aliases, aliased.operation);
  }
  if (maxRootFields !== undefined) {
    const wide = shape.operations.find(({ rootFields }) => rootFields > maxRootFields);
    if (wide) return rootFieldsExceeded(maxRootFields, wide.rootFields, wide.operation);
  }
  if (maxListSize !== undefined) {
    let longest: number | undefined;
    for (const check of shape.listChecks) {
      if (check.kind === Kind.LIST && check.values.length > maxListSize) return writtenListTooLong(maxListSize, check);
      if (check.kind === Kind.OPERATION_DEFINITION && (longest ??= longestList(variables)) > maxListSize)
        return variableListTooLong(maxListSize, longest, check);
    }
  }
  if (maxCost !== undefined) {
    const costOf = costMeter(shape.fields, shape.schema, variables);
    for (const { operation } of shape.operations) {
      const cost = costOf(operation);
      if (cost > maxCost) return costExceeded(maxCost, cost, operation);
    }
  }
  return undefined;
}
