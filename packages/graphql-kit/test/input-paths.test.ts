import { buildSchema, Kind, parse, visit, type ASTNode, type VariableDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { inputPathsOf, refusedVariablePaths, withInnerField } from "@pasrr/graphql-kit/input-errors/input-paths";

const schema = buildSchema(`
  input Line { line: String!, from: Int!, to: Int! }
  type Person { history(asOf: String, lines: [Line!]): [Int] }
  type Query { person(id: ID!): Person }
`);

/** The path recorded for every node of a kind, in document order. */
function pathsOfKind(source: string, kind: Kind): string[] {
  const document = parse(source);
  const paths = inputPathsOf(document);
  const found: string[] = [];
  visit(document, { enter: (node: ASTNode) => void (node.kind === kind && paths.has(node) && found.push(paths.get(node)!)) });
  return found;
}

describe("where a refused input is, as a partner names it", () => {
  it("an argument by its field's response path (aliases as written), a value inside it by its place", () => {
    const query = `{ person(id: "p") { past: history(asOf: "x", lines: [{ line: "1", from: 1, to: "two" }]) } }`;
    expect(pathsOfKind(query, Kind.ARGUMENT)).toEqual(["person.id", "person.past.asOf", "person.past.lines"]);
    expect(pathsOfKind(query, Kind.STRING)).toEqual(["person.id", "person.past.asOf", "person.past.lines.0.line", "person.past.lines.0.to"]);
  });

  it("a fragment's argument from the fragment, and a variable as $name", () => {
    expect(pathsOfKind(`query ($d: String) { person(id: "p") { ...P } } fragment P on Person { history(asOf: $d) }`, Kind.ARGUMENT)).toEqual([
      "person.id",
      "P.history.asOf",
    ]);
    expect(pathsOfKind(`query ($d: String) { person(id: "p") { history(asOf: $d) } }`, Kind.VARIABLE_DEFINITION)).toEqual(["$d"]);
  });

  it("a variable's refused values by their path inside it, in graphql-js's order", () => {
    const definition = parse(`query ($lines: [Line!]) { person(id: "p") { history(lines: $lines) } }`).definitions[0]!;
    const variable = (definition as { variableDefinitions: readonly VariableDefinitionNode[] }).variableDefinitions[0]!;
    expect(refusedVariablePaths(schema, variable, { lines: [{ line: "1", from: 1, to: 2 }, { line: "2", from: "one", to: 2 }, { line: "3" }] })).toEqual([
      "$lines.1.from",
      "$lines.2.from",
      "$lines.2.to",
    ]);
    expect(refusedVariablePaths(schema, variable, {})).toEqual(["$lines"]);
  });

  it("a field missing from an input object, or unknown to its type, is named inside the object", () => {
    expect(withInnerField("person.past.lines.0", 'Field "Line.from" of required type "Int!" was not provided.')).toBe("person.past.lines.0.from");
    expect(withInnerField("$lines.2", 'Field "colour" is not defined by type "Line".')).toBe("$lines.2.colour");
    expect(withInnerField("$lines.2.to", "Int cannot represent non-integer value")).toBe("$lines.2.to");
  });
});
