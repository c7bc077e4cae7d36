import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { validate, type ValidationRule } from "graphql";
import type { OperationLimits } from "./operation-limits.config.ts";
import { maxAliasesRule } from "./max-aliases.rule.ts";
import { maxCostRule } from "./max-cost.rule.ts";
import { maxDepthRule } from "./max-depth.rule.ts";
import { maxListSizeRule } from "./max-list-size.rule.ts";
import { maxRootFieldsRule } from "./max-root-fields.rule.ts";

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
 */
export function operationLimitsPlugin<TContext extends BaseContext>(
  limitsFor: Partial<OperationLimits> | ((contextValue: TContext) => Partial<OperationLimits>),
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, contextValue }) {
          const limits = typeof limitsFor === "function" ? limitsFor(contextValue) : limitsFor;
          const variables = request.variables ?? {};
          const rules: ValidationRule[] = [];
          if (limits.maxDepth !== undefined) rules.push(maxDepthRule(limits.maxDepth));
          if (limits.maxAliases !== undefined) rules.push(maxAliasesRule(limits.maxAliases));
          if (limits.maxRootFields !== undefined) rules.push(maxRootFieldsRule(limits.maxRootFields));
          if (limits.maxListSize !== undefined) rules.push(maxListSizeRule(limits.maxListSize, variables));
          if (limits.maxCost !== undefined) rules.push(maxCostRule(limits.maxCost, variables));
          for (const rule of rules) {
            const [exceeded] = validate(schema, document, [rule]);
            if (exceeded) throw exceeded;
          }
        },
      };
    },
  };
}
