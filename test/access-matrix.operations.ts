import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";

/**
 * Builds, from a subgraph's own schema, the smallest operation that passes GraphQL validation
 * for each root field: every required argument and input field gets a plain value of its type,
 * and the names that carry a scope get a value inside the test tokens' scope (the table below),
 * so an allowed or scoped role reaches the resolver and a denied one meets the matrix.
 */

/** The scope the matrix test's tokens hold (see access-matrix.test.ts): Butler county, facility 2, person 2. */
export const inScope = {
  facility: demoFacilities[1]!,
  person: demoPeople[1]!,
};

/** Values by argument or input field name; anything else gets a value from its type. */
const valuesByName: Record<string, unknown> = {
  facilityId: inScope.facility.id,
  individualId: inScope.person.id,
  county: inScope.facility.county,
  facilityCounty: inScope.facility.county,
  state: "OH",
  providerNumber: inScope.facility.providerNumber,
  birthDate: "1950-01-01",
  on: "2026-11-01",
  asOf: "2026-11-01",
  from: "2026-10-01",
  to: "2026-10-31",
};

/** A hub id nobody holds: out-of-scope reads answer as for it, and writes naming it fail harmlessly. */
export const unknownId = "0193a000-0000-7000-8000-0000000fffff";

function valueOf(name: string, type: GraphQLInputType): unknown {
  if (name in valuesByName) return valuesByName[name];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      // Scope-bearing fields are filled even when optional, so a scoped write is inside the token's scope.
      if (required || field.name in valuesByName) value[field.name] = valueOf(field.name, field.type);
    }
    return value;
  }
  switch (named.name) {
    case "ID":
      return unknownId;
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return "2026-11-01";
    case "DateTime":
      return "2026-11-01T00:00:00.000Z";
    default:
      return "matrix-test";
  }
}

export interface RootOperation {
  field: string;
  /**
   * A non-null root field that fails nulls the whole answer and ends the execution of its
   * siblings (graphql-js keeps the first such error only), so it is asked on its own.
   */
  alone: boolean;
  /** `alias: field(arg: $field_arg) { __typename }`, to be placed in a document. */
  selection: string;
  /** Variable definitions the selection uses, e.g. `$registerIndividual_input: RegisterIndividualInput!`. */
  definitions: string[];
  variables: Record<string, unknown>;
}

/** The operation for one root field of a schema's Query or Mutation type. */
export function rootOperation(schema: GraphQLSchema, rootType: "Query" | "Mutation", field: string): RootOperation {
  const definition = schema.getType(rootType) as import("graphql").GraphQLObjectType;
  const target = definition.getFields()[field]!;
  const required = target.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args = required.map((arg) => {
    const variable = `${field}_${arg.name}`;
    variables[variable] = valueOf(arg.name, arg.type);
    definitions.push(`$${variable}: ${arg.type.toString()}`);
    return `${arg.name}: $${variable}`;
  });
  const leaf = isLeafType(getNamedType(target.type));
  const selection = `${field}: ${field}${args.length ? `(${args.join(", ")})` : ""}${leaf ? "" : " { __typename }"}`;
  return { field, alone: isNonNullType(target.type), selection, definitions, variables };
}

/** One document from several selections. */
export function documentOf(kind: "query" | "mutation", operations: { selection: string; definitions: string[] }[]): string {
  const definitions = operations.flatMap((operation) => operation.definitions);
  return `${kind} MatrixCheck${definitions.length ? `(${definitions.join(", ")})` : ""} { ${operations.map((operation) => operation.selection).join(" ")} }`;
}
