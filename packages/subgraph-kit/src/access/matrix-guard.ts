import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { scopeGuard, scopeTargetsOf } from "./scope-guard.ts";
import type { ScopeRules } from "./scope-rules.ts";
import { forbidden } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "../context.ts";
import { idsIn } from "../audit/audit-collector.ts";
import { isDenied, type AccessMatrix } from "./access-matrix.ts";

/** The matrix each guarded schema enforces, for checks made outside a resolver (an idempotent replay). */
const matrices = new WeakMap<GraphQLSchema, AccessMatrix>();
export const matrixGuarding = (schema: GraphQLSchema): AccessMatrix | undefined => matrices.get(schema);

/** Root types whose every field must have a row: an operation nobody decided on is a hole. */
const rootTypes = ["Query", "Mutation"];
/** Federation's own root fields: `_entities` checks each field it returns, `_service` is the SDL. */
const federationFields = new Set(["_entities", "_service"]);

/** Root fields of a schema that the matrix has no row for (the completeness check). */
export function fieldsMissingFromMatrix(schema: GraphQLSchema, matrix: AccessMatrix): string[] {
  return rootTypes.flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [];
    return Object.keys(type.getFields())
      .filter((field) => !federationFields.has(field))
      .map((field) => `${typeName}.${field}`)
      .filter((coordinate) => !matrix[coordinate]);
  });
}

/** Matrix rows naming a field the schema does not have (a stale row documents nothing real). */
export function rowsMissingFromSchema(schema: GraphQLSchema, matrix: AccessMatrix): string[] {
  return Object.keys(matrix).filter((coordinate) => {
    const [typeName, field] = coordinate.split(".");
    const type = schema.getType(typeName ?? "");
    return !isObjectType(type) || !type.getFields()[field ?? ""];
  });
}

/**
 * Enforces the matrix on a built schema, in place: every field with a row refuses a denied role
 * with FORBIDDEN before its resolver runs, records sensitive reads and every mutation in the
 * request's audit collector, applies a scoped cell's scope rule (scope-guard.ts: the records a
 * field returns, a leaf's parent record, a write's arguments), and otherwise runs as written
 * (masked fields mask in their resolvers, reading the same row; lists also keep their row filter
 * in the query, so thousands of rows are never loaded to be dropped). Building fails when a root
 * field has no row or a row names no field, so the matrix can neither lag nor drift.
 */
export function guardSchemaWithMatrix(schema: GraphQLSchema, matrix: AccessMatrix, scopeRules: ScopeRules): GraphQLSchema {
  const missing = fieldsMissingFromMatrix(schema, matrix);
  const stale = rowsMissingFromSchema(schema, matrix);
  if (missing.length || stale.length) {
    throw new Error(
      `the access matrix does not match the schema: ${[...missing.map((c) => `no row for ${c}`), ...stale.map((c) => `row ${c} names no field`)].join("; ")}`,
    );
  }
  // Every scoped cell must name a rule for the record it is decided from, or the schema does not build.
  const targets = scopeTargetsOf(schema, matrix, scopeRules);
  for (const [coordinate, rule] of Object.entries(matrix)) {
    const [typeName, fieldName] = coordinate.split(".") as [string, string];
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
    const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
    const isWrite = typeName === "Mutation";
    const guarded: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
      const role = context.principal.role;
      // An attempted write is recorded even when it is refused or fails; the ids it made are added when it succeeds.
      if (isWrite) context.audit.write(fieldName, idsIn(args));
      if (isDenied(rule.roles[role])) throw forbidden(`${role} may not use ${coordinate}`);
      if (rule.sensitive) context.audit.read(coordinate, entityIdOf(source));
      const access = rule.roles[role];
      const target = typeof access === "object" && "scoped" in access ? targets.get(coordinate)?.get(access.scoped) : undefined;
      const run = target ? scopeGuard(target, resolve) : resolve;
      if (!isWrite) return run(source, args, context, info);
      return Promise.resolve(run(source, args, context, info)).then((result: unknown) => {
        context.audit.write(fieldName, idsIn(result));
        return result;
      });
    };
    field.resolve = guarded;
  }
  matrices.set(schema, matrix);
  return schema;
}

function entityIdOf(source: unknown): string | undefined {
  if (source === null || typeof source !== "object" || !("id" in source)) return undefined;
  return typeof source.id === "string" ? source.id : undefined;
}
