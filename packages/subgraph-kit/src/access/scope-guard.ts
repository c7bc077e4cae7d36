import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { hubError } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "../context.ts";
import type { AccessMatrix, AccessScope } from "./access-matrix.ts";
import { covers, type ScopeRule, type ScopeRules } from "./scope-rules.ts";

/**
 * What a scoped cell is decided from (issue: scope enforced centrally):
 * - `arguments`: a write, checked before its resolver runs, by the rule for `Mutation.<field>`;
 * - `parent`: a field of a record that has a rule (a leaf, a list of its parts), answered only
 *   when the record it belongs to lies in scope — the first choice for a nested field;
 * - `result`: the records a root query returns, or a nested field of a record without a rule
 *   (a person's screens, stays, determinations): each checked by the rule for its type (an
 *   object, a list, or a connection's nodes), out-of-scope ones answered as missing (null, left out).
 */
export type ScopeTarget =
  | { kind: "arguments"; recordType: string; rule: ScopeRule }
  | { kind: "result"; recordType: string; rule: ScopeRule; shape: "object" | "list" | "connection"; nullableItems: boolean }
  | { kind: "parent"; recordType: string; rule: ScopeRule; empty: "null" | "list" | "refuse" };

/** The node type of a Relay-style connection (`edges { node }`), or undefined. */
function connectionNode(type: GraphQLObjectType): GraphQLObjectType | undefined {
  const edges = type.getFields().edges;
  if (!edges) return undefined;
  const edge = getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  const named = node ? getNamedType(node.type) : undefined;
  return isObjectType(named) ? named : undefined;
}

function resultTarget(field: GraphQLField<unknown, unknown>, rules: Record<string, ScopeRule>): ScopeTarget | undefined {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return undefined;
  const node = connectionNode(named);
  if (node && rules[node.name]) return { kind: "result", recordType: node.name, rule: rules[node.name]!, shape: "connection", nullableItems: false };
  const rule = rules[named.name];
  if (!rule) return undefined;
  const bare: GraphQLOutputType = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(bare)) return { kind: "result", recordType: named.name, rule, shape: "object", nullableItems: false };
  return { kind: "result", recordType: named.name, rule, shape: "list", nullableItems: !isNonNullType(bare.ofType) };
}

function parentTarget(typeName: string, field: GraphQLField<unknown, unknown>, rules: Record<string, ScopeRule>): ScopeTarget | undefined {
  const rule = rules[typeName];
  if (!rule) return undefined;
  const bare = isNonNullType(field.type) ? field.type.ofType : field.type;
  const empty = isListType(bare) ? "list" : isNonNullType(field.type) ? "refuse" : "null";
  return { kind: "parent", recordType: typeName, rule, empty };
}

/**
 * For every scoped cell, the target each of its scopes is decided from; throws (the schema does
 * not build) when a scoped cell has no rule for its record, so a scope cannot go unenforced.
 */
export function scopeTargetsOf(schema: GraphQLSchema, matrix: AccessMatrix, scopeRules: ScopeRules): Map<string, Map<AccessScope, ScopeTarget>> {
  const targets = new Map<string, Map<AccessScope, ScopeTarget>>();
  const unruled: string[] = [];
  for (const [coordinate, row] of Object.entries(matrix)) {
    const [typeName, fieldName] = coordinate.split(".") as [string, string];
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
    const scopes = new Set(Object.values(row.roles).flatMap((access) => (typeof access === "object" && "scoped" in access ? [access.scoped] : [])));
    for (const scope of scopes) {
      const rules = scopeRules[scope] ?? {};
      const target: ScopeTarget | undefined =
        typeName === "Mutation"
          ? rules[coordinate] && { kind: "arguments", recordType: coordinate, rule: rules[coordinate]! }
          : typeName === "Query"
            ? resultTarget(field, rules)
            : (parentTarget(typeName, field, rules) ?? resultTarget(field, rules));
      if (!target) unruled.push(`${coordinate} (${scope})`);
      else targets.set(coordinate, (targets.get(coordinate) ?? new Map()).set(scope, target));
    }
  }
  if (unruled.length) throw new Error(`scoped cells without a scope rule for their record: ${unruled.join(", ")}`);
  return targets;
}

/**
 * Out of scope answers exactly as missing does (NOT_FOUND, one message for both): the message
 * names neither the record, nor its county or facility, so a partner learns nothing it may not see.
 */
export const outOfScope = () => hubError("NOT_FOUND", "No record this organisation may act on matches this request");

async function keepCovered(rule: ScopeRule, records: unknown[], ctx: RequestContext, nullable: boolean): Promise<unknown[]> {
  const inScope = await Promise.all(records.map((record) => (record === null || record === undefined ? false : covers(rule, record, ctx))));
  return nullable ? records.map((record, i) => (inScope[i] ? record : null)) : records.filter((_, i) => inScope[i]);
}

async function filterResult(target: Extract<ScopeTarget, { kind: "result" }>, result: unknown, ctx: RequestContext): Promise<unknown> {
  if (result === null || result === undefined) return result;
  switch (target.shape) {
    case "object":
      return (await covers(target.rule, result, ctx)) ? result : null;
    case "list":
      return keepCovered(target.rule, result as unknown[], ctx, target.nullableItems);
    case "connection": {
      const connection = result as { edges: { node: unknown }[] };
      const nodes = await keepCovered(
        target.rule,
        connection.edges.map((edge) => edge.node),
        ctx,
        true,
      );
      return { ...connection, edges: connection.edges.filter((_, i) => nodes[i] !== null) };
    }
  }
}

/** Wraps a scoped cell's resolver so that its scope rule decides what leaves it. */
export function scopeGuard(target: ScopeTarget, resolve: GraphQLFieldResolver<unknown, RequestContext>): GraphQLFieldResolver<unknown, RequestContext> {
  return async (source, args, ctx, info) => {
    switch (target.kind) {
      case "arguments":
        if (!(await covers(target.rule, args, ctx))) throw outOfScope();
        return resolve(source, args, ctx, info);
      case "parent":
        if (await covers(target.rule, source, ctx)) return resolve(source, args, ctx, info);
        if (target.empty === "refuse") throw outOfScope();
        return target.empty === "list" ? [] : null;
      case "result":
        return filterResult(target, await resolve(source, args, ctx, info), ctx);
    }
  };
}
