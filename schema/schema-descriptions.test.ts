import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isListType,
  getNullableType,
  isNonNullType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSchemaOf } from "./api-schema.ts";
import { supergraphFile } from "./schema-files.ts";

/**
 * Issue 9, item 3: the graph describes itself to a partner. Every type, field, argument, input
 * field and enum value of the API schema has a description, names follow one convention, and
 * every mutation has the one input/payload shape (documented in README, "Schema conventions").
 */
let schema: GraphQLSchema;
let types: GraphQLNamedType[];
beforeAll(async () => {
  schema = apiSchemaOf(await readFile(supergraphFile, "utf8"));
  types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__") && !(isScalarType(type) && isSpecifiedScalarType(type)));
});

const blank = (text: string | null | undefined) => !text || text.trim().length < 3;

/** How one mutation departs from `verbNoun(input: VerbNounInput!): VerbNounPayload!` (empty when it does not). */
function mutationShapeProblems(mutation: GraphQLField<unknown, unknown>): string[] {
  const stem = mutation.name.charAt(0).toUpperCase() + mutation.name.slice(1);
  const problems: string[] = [];
  const [input, ...others] = mutation.args;
  if (!input || others.length > 0 || input.name !== "input" || !isNonNullType(input.type) || input.type.ofType.toString() !== `${stem}Input`) {
    problems.push(`${mutation.name} must take exactly (input: ${stem}Input!), takes (${mutation.args.map((arg) => `${arg.name}: ${arg.type}`).join(", ")})`);
  }
  const payload = isNonNullType(mutation.type) ? mutation.type.ofType : undefined;
  if (!payload || !isObjectType(payload) || payload.name !== `${stem}Payload`)
    problems.push(`${mutation.name} must return ${stem}Payload!, returns ${mutation.type}`);
  return problems;
}

describe("the API schema describes itself", () => {
  it("every type, field, argument, input field and enum value has a description", () => {
    const missing: string[] = [];
    for (const type of types) {
      // The root operation types are named by the spec, not by us; their fields carry the descriptions.
      const isRoot = [schema.getQueryType(), schema.getMutationType()].includes(type as never);
      if (blank(type.description) && !isRoot) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("names follow one convention", () => {
  const pascal = /^[A-Z][A-Za-z0-9]*$/;
  const camel = /^[a-z][A-Za-z0-9_]*$/;
  const screaming = /^[A-Z][A-Z0-9_]*$/;

  it("types are PascalCase; fields and arguments camelCase; enum values SCREAMING_SNAKE_CASE", () => {
    const wrong: string[] = [];
    for (const type of types) {
      if (!pascal.test(type.name)) wrong.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!camel.test(field.name)) wrong.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!camel.test(arg.name)) wrong.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!screaming.test(value.name)) wrong.push(`${type.name}.${value.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it("input types end in Input or Filter; connections are Relay connections (edges with cursor and node, pageInfo)", () => {
    const wrong: string[] = [];
    for (const type of types) {
      if (isInputObjectType(type) && !/(Input|Filter)$/.test(type.name)) wrong.push(`input ${type.name}`);
      if (isObjectType(type) && type.name.endsWith("Connection")) {
        const fields = type.getFields();
        if (!fields.edges || !fields.pageInfo) wrong.push(`${type.name} lacks edges or pageInfo`);
        const edge = schema.getType(type.name.replace(/Connection$/, "Edge"));
        if (!isObjectType(edge) || !edge.getFields().cursor || !edge.getFields().node) wrong.push(`${type.name}'s edge lacks cursor or node`);
      }
      if (isUnionType(type) && !pascal.test(type.name)) wrong.push(`union ${type.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it("every mutation is verbNoun(input: VerbNounInput!): VerbNounPayload!, its payload an object", () => {
    const wrong = Object.values(schema.getMutationType()!.getFields()).flatMap(mutationShapeProblems);
    expect(wrong).toEqual([]);
  });

  it("the mutation check catches each way of breaking the shape", () => {
    const problemsOf = (sdl: string) =>
      Object.values(buildSchema(`type Query { ok: Boolean } type Entity { id: ID } ${sdl}`).getMutationType()!.getFields()).flatMap(mutationShapeProblems);
    const shaped = "input FileAppealInput { id: ID } type FileAppealPayload { entity: Entity }";
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(input: FileAppealInput!): FileAppealPayload! }`)).toEqual([]);
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(input: FileAppealInput!): Entity! }`)).toHaveLength(1);
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(input: FileAppealInput!): FileAppealPayload }`)).toHaveLength(1);
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(input: FileAppealInput!, expectedVersion: Int): FileAppealPayload! }`)).toHaveLength(1);
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(id: ID!): FileAppealPayload! }`)).toHaveLength(1);
    expect(problemsOf(`${shaped} type Mutation { fileAppeal(input: FileAppealInput): FileAppealPayload! }`)).toHaveLength(1);
    expect(problemsOf(`${shaped} input AppealInput { id: ID } type Mutation { fileAppeal(input: AppealInput!): FileAppealPayload! }`)).toHaveLength(1);
  });

  it("every root list that can grow with the data is a connection with first/after", () => {
    const rootFields = Object.values(schema.getQueryType()!.getFields());
    const lists = rootFields.filter((field) => field.type.toString().includes("Connection"));
    expect(lists.length).toBeGreaterThan(3);
    const withoutPaging = lists.filter((field) => !field.args.some((arg) => arg.name === "first") || !field.args.some((arg) => arg.name === "after"));
    expect(withoutPaging.map((field) => field.name)).toEqual([]);
    // A plain list on the root is allowed only where its size is bounded by what the caller sent.
    const boundedByInput: Record<string, string> = {
      individualsByIdentifiers: "one answer per identifier asked, at most 10,000 (the claim batch)",
      levelOfCareAssessmentOptions: "one entry per area of the instrument asked: fixed by the rules, not by the data",
    };
    const plainLists = rootFields.filter((field) => isListType(getNullableType(field.type)) && !(field.name in boundedByInput));
    expect(plainLists.map((field) => `${field.name}: ${field.type}`)).toEqual([]);
  });
});
