import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema, isObjectType, isInterfaceType, isInputObjectType, type GraphQLSchema } from "graphql";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { apiSchemaOf } from "./api-schema.ts";
import { deliberateChangesFile, releasedApiFile, supergraphFile } from "./schema-files.ts";

/**
 * Issue 9, item 4: safe evolution. The API schema partners were given (schema/released/) is
 * compared with the current one by GraphQL Inspector; a breaking change fails the build unless
 * it is listed in deliberate-changes.json, and a removed field must have been deprecated in the
 * released schema first.
 */
interface DeliberateChange {
  path: string;
  type: string;
  deprecatedIn: string;
  note: string;
}

const load = async () => {
  const released = buildSchema(await readFile(releasedApiFile, "utf8"));
  const current = apiSchemaOf(await readFile(supergraphFile, "utf8"));
  const deliberate = JSON.parse(await readFile(deliberateChangesFile, "utf8")) as DeliberateChange[];
  return { released, current, deliberate };
};
const breakingChanges = async (before: GraphQLSchema, after: GraphQLSchema) =>
  (await diff(before, after)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);

function wasDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName, fieldName] = path.split(".");
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!fieldName || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return false;
  return Boolean(type.getFields()[fieldName]?.deprecationReason);
}

describe("schema evolution against the released contract", () => {
  it("has no breaking change that is not declared deliberate", async () => {
    const { released, current, deliberate } = await load();
    const undeclared = (await breakingChanges(released, current)).filter(
      (change: Change) => !deliberate.some((declared) => declared.path === change.path && declared.type === change.type),
    );
    expect(undeclared.map((change) => `${change.type} ${change.path}: ${change.message}`)).toEqual([]);
  });

  it("every deliberate removal of a field was deprecated in the released schema first, and each declaration has a note", async () => {
    const { released, deliberate } = await load();
    for (const declared of deliberate) {
      expect(declared.note.length, `${declared.path} needs a note for partners`).toBeGreaterThan(10);
      if (declared.type === "FIELD_REMOVED" || declared.type === "INPUT_FIELD_REMOVED") {
        expect(wasDeprecated(released, declared.path), `${declared.path} must carry @deprecated in a release before it is removed`).toBe(true);
      }
    }
  });

  it("the check catches a breaking change: a removed field and a new required argument are both flagged", async () => {
    const { current } = await load();
    const sdl = `type Query { individual(id: ID!): Individual  facility(id: ID!): String }
      type Individual { id: ID!  givenName: String  familyName: String }`;
    const before = buildSchema(sdl);
    const after = buildSchema(sdl.replace("givenName: String", "").replace("facility(id: ID!)", "facility(id: ID!, county: String!)"));
    const flagged = (await breakingChanges(before, after)).map((change) => change.type);
    expect(flagged).toEqual(expect.arrayContaining(["FIELD_REMOVED", "FIELD_ARGUMENT_ADDED"]));
    expect(current.getQueryType()).toBeDefined();
  });
});
