import { ApolloServer } from "@apollo/server";
import { defaultOperationLimits, type OperationLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import { operationLimitsPlugin } from "@pasrr/graphql-kit/limits/operation-limits.plugin";
import { longestList, maxListSizeRule } from "@pasrr/graphql-kit/limits/max-list-size.rule";
import { maxAliasesRule } from "@pasrr/graphql-kit/limits/max-aliases.rule";
import { maxCostRule } from "@pasrr/graphql-kit/limits/max-cost.rule";
import { maxDepthRule } from "@pasrr/graphql-kit/limits/max-depth.rule";
import { maxRootFieldsRule } from "@pasrr/graphql-kit/limits/max-root-fields.rule";
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError, type ValidationRule } from "graphql";
import { describe, expect, it } from "vitest";

// A small graph with the same cycle the hub has (person → stays → facility → residents → person).
const schema = buildSchema(`
  type Query {
    person(id: ID!): Person
    people(first: Int! = 20, after: String): PersonConnection!
    peopleByIds(ids: [ID!]!): [Person]!
  }
  type Mutation { rename(id: ID!, name: String!): Person }
  type PersonConnection { edges: [PersonEdge!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type PersonEdge { cursor: String! node: Person! }
  type Person { id: ID! name: String! stays: [Stay!]! }
  type Stay { id: ID! facility: Facility! }
  type Facility { id: ID! name: String! residents: [Person!]! }
`);

function limitErrors(query: string, rule: ValidationRule): readonly GraphQLError[] {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  return validate(schema, document, [rule]);
}

function expectLimit(errors: readonly GraphQLError[], limit: string, maximum: number, actual: number) {
  expect(errors).toHaveLength(1);
  expect(errors[0]?.extensions).toMatchObject({ code: "OPERATION_LIMIT_EXCEEDED", limit, maximum, actual });
}

/** `person { stays { facility { residents { stays … } } } }` nested `levels` fields deep. */
function nested(levels: number): string {
  const path = ["person(id: 1)", "stays", "facility", "residents"];
  let query = "id";
  for (let level = levels; level >= 1; level -= 1) {
    const field = level === 1 ? path[0] : path[1 + ((level - 2) % 3)];
    query = `${field} { ${query} }`;
  }
  return `{ ${query} }`;
}

describe("maxDepthRule", () => {
  it("admits an operation exactly as deep as the limit and refuses one level more", () => {
    // nested(n) has n object levels plus the `id` leaf: depth n + 1.
    expect(limitErrors(nested(4), maxDepthRule(5))).toEqual([]);
    expectLimit(limitErrors(nested(5), maxDepthRule(5)), "depth", 5, 6);
  });

  it("counts fields reached through fragments, and not the fragments themselves", () => {
    const query = `{ ...Root } fragment Root on Query { person(id: 1) { ... on Person { stays { ...S } } } } fragment S on Stay { facility { id } }`;
    expect(limitErrors(query, maxDepthRule(4))).toEqual([]);
    expectLimit(limitErrors(query, maxDepthRule(3)), "depth", 3, 4);
  });

  it("leaves introspection to the SANDBOX setting: the sandbox's own schema query is not refused", () => {
    expect(limitErrors(getIntrospectionQuery(), maxDepthRule(3))).toEqual([]);
  });

  it("reads a document of fragments that each spread the next twice in linear time", () => {
    const count = 60; // 2^60 paths if each spread were expanded
    const fragments = Array.from({ length: count }, (_, i) =>
      i === count - 1
        ? `fragment F${i} on Person { id }`
        : `fragment F${i} on Person { ...F${i + 1} a${i}: stays { facility { residents { ...F${i + 1} } } } }`,
    );
    const query = `{ person(id: 1) { ...F0 } } ${fragments.join(" ")}`;
    const errors = validate(schema, parse(query), [maxDepthRule(10), maxAliasesRule(1000), maxCostRule(1e9)]);
    expect(errors.map((error) => error.extensions.limit)).toEqual(["depth", "aliases", "cost"]);
  });
});

describe("maxAliasesRule", () => {
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `p${i}: person(id: ${i}) { id }`).join(" ")} }`;

  it("admits as many aliases as the limit and refuses one more, counted across the whole operation", () => {
    expect(limitErrors(aliased(3), maxAliasesRule(3))).toEqual([]);
    expectLimit(limitErrors(aliased(4), maxAliasesRule(3)), "aliases", 3, 4);
    expectLimit(limitErrors(`{ person(id: 1) { a: id b: id c: name d: name } }`, maxAliasesRule(3)), "aliases", 3, 4);
  });

  it("counts aliases inside fragments as often as the fragment is used in different places", () => {
    const query = `{ a: person(id: 1) { ...N } b: person(id: 2) { ...N } } fragment N on Person { x: name }`;
    expectLimit(limitErrors(query, maxAliasesRule(3)), "aliases", 3, 4);
  });
});

describe("maxRootFieldsRule", () => {
  it("admits as many root fields as the limit and refuses one more, aliased or not, __typename aside", () => {
    expect(limitErrors(`{ __typename person(id: 1) { id } people { edges { cursor } } }`, maxRootFieldsRule(2))).toEqual([]);
    expectLimit(limitErrors(`{ person(id: 1) { id } people { edges { cursor } } again: person(id: 2) { id } }`, maxRootFieldsRule(2)), "rootFields", 2, 3);
    expectLimit(
      limitErrors(
        `mutation { a: rename(id: 1, name: "A") { id } b: rename(id: 1, name: "B") { id } c: rename(id: 1, name: "C") { id } }`,
        maxRootFieldsRule(2),
      ),
      "rootFields",
      2,
      3,
    );
  });
});

describe("maxCostRule", () => {
  it("counts objects: a connection's page size multiplies what each node selects, and its edges add no factor", () => {
    // people (1) + 50 × (edges 1 + node 1 + stays 1 + 10 × facility 1) = 1 + 50 × 13 = 651
    const query = `query Page($n: Int!) { people(first: $n) { edges { node { stays { facility { name } } } } } }`;
    expect(validate(schema, parse(query), [maxCostRule(651, { n: 50 })])).toEqual([]);
    expectLimit(validate(schema, parse(query), [maxCostRule(650, { n: 50 })]), "cost", 650, 651);
  });

  it("reads a connection's pageInfo once, not once per item of the page", () => {
    // people (1) + pageInfo (1) + 50 × edges (1) = 52
    const query = `{ people(first: 50) { pageInfo { hasNextPage } edges { cursor } } }`;
    expect(limitErrors(query, maxCostRule(52))).toEqual([]);
    expectLimit(limitErrors(query, maxCostRule(51)), "cost", 51, 52);
  });

  it("uses an argument's default page size and a batch argument's length", () => {
    // people(first: 20 by default): 1 + 20 × (1 + 1) = 41
    expectLimit(limitErrors(`{ people { edges { node { id } } } }`, maxCostRule(40)), "cost", 40, 41);
    // one result per id: 1 + 3 × (1 stays + 10 × 1 facility) = 34
    expectLimit(limitErrors(`{ peopleByIds(ids: [1, 2, 3]) { stays { facility { id } } } }`, maxCostRule(33)), "cost", 33, 34);
    expect(
      validate(schema, parse(`query($ids: [ID!]!) { peopleByIds(ids: $ids) { id } }`), [
        maxCostRule(1 + 10_000, { ids: Array.from({ length: 10_000 }, String) }),
      ]),
    ).toEqual([]);
  });
});

describe("maxListSizeRule", () => {
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `p-${i}`);

  it("admits a variable list as long as the limit and refuses one item more", () => {
    const query = `query Batch($ids: [ID!]!) { peopleByIds(ids: $ids) { id } }`;
    expect(validate(schema, parse(query), [maxListSizeRule(5, { ids: ids(5) })])).toEqual([]);
    expectLimit(validate(schema, parse(query), [maxListSizeRule(5, { ids: ids(6) })]), "listSize", 5, 6);
  });

  it("refuses a list written into the query itself", () => {
    expect(limitErrors(`{ peopleByIds(ids: [1, 2]) { id } }`, maxListSizeRule(2))).toEqual([]);
    expectLimit(limitErrors(`{ peopleByIds(ids: [1, 2, 3]) { id } }`, maxListSizeRule(2)), "listSize", 2, 3);
  });

  it("admits the payment system's batch of 10,000 identifiers by default", () => {
    const query = `query Batch($ids: [ID!]!) { peopleByIds(ids: $ids) { id } }`;
    expect(validate(schema, parse(query), [maxListSizeRule(defaultOperationLimits.maxListSize, { ids: ids(10_000) })])).toEqual([]);
    expect(validate(schema, parse(query), [maxListSizeRule(defaultOperationLimits.maxListSize, { ids: ids(10_001) })])).toHaveLength(1);
  });

  it("finds the longest list however deeply it is nested, without recursion", () => {
    let deep: unknown = [1, 2, 3];
    for (let level = 0; level < 100_000; level += 1) deep = { inner: [deep] };
    expect(longestList(deep)).toBe(3);
    expect(longestList({ a: [{ b: Array.from({ length: 200_000 }, () => 0) }] })).toBe(200_000);
  });
});

describe("operationLimitsPlugin", () => {
  const limits: OperationLimits = { maxDepth: 5, maxAliases: 3, maxRootFields: 2, maxListSize: 5, maxCost: 100 };
  const rules = (variables: Record<string, unknown>): ValidationRule[] => [
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxRootFieldsRule(limits.maxRootFields),
    maxListSizeRule(limits.maxListSize, variables),
    maxCostRule(limits.maxCost, variables),
  ];

  /** The plugin's answer, from an Apollo Server that keeps each parsed document, as the gateway's and the subgraphs' do. */
  async function pluginAnswers(server: ApolloServer, query: string, variables: Record<string, unknown>) {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== "single") throw new Error("expected a single result");
    // An admitted operation runs, and the schema's fields have no resolvers: only the limit's refusal counts here.
    return body.singleResult.errors?.find((error) => error.extensions?.code === "OPERATION_LIMIT_EXCEEDED");
  }

  it("gives, request after request on one remembered document, the first error the rules give in order", async () => {
    const server = new ApolloServer({ schema, plugins: [operationLimitsPlugin(limits)] });
    await server.start();
    try {
      const cases: [string, Record<string, unknown>][] = [
        [nested(6), {}],
        [`{ a: person(id: 1) { id } b: person(id: 2) { id } c: person(id: 3) { x: id } d: person(id: 4) { id } }`, {}],
        [`query Batch($ids: [ID!]!) { peopleByIds(ids: $ids) { id } }`, { ids: ["1", "2", "3", "4", "5", "6"] }],
        [`query Batch($ids: [ID!]!) { peopleByIds(ids: $ids) { id } }`, { ids: ["1", "2", "3", "4", "5"] }],
        [`query Page($n: Int!) { people(first: $n) { edges { node { id } } } }`, { n: 49 }],
        [`query Page($n: Int!) { people(first: $n) { edges { node { id } } } }`, { n: 50 }],
        [`query Page($n: Int!) { people(first: $n) { edges { node { id } } } }`, { n: 10 }],
        [`{ peopleByIds(ids: [1, 2, 3, 4, 5, 6]) { stays { facility { id } } } }`, {}],
        [`{ people { edges { node { stays { facility { residents { id } } } } } } }`, {}],
      ];
      for (const [query, variables] of [...cases, ...cases]) {
        const [expected] = validate(schema, parse(query), rules(variables));
        const answer = await pluginAnswers(server, query, variables);
        expect(answer?.message, query).toBe(expected?.message);
        // Apollo Server answers with the HTTP status and leaves `http` out of the extensions.
        const { http: _status, ...extensions } = expected?.extensions ?? {};
        expect(answer?.extensions ?? {}, query).toEqual(extensions);
        expect(answer?.locations, query).toEqual(expected?.locations);
      }
    } finally {
      await server.stop();
    }
  });
});
