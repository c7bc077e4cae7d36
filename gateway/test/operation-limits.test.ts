import { defaultOperationLimits, type OperationLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import { maxAliasesRule } from "@pasrr/graphql-kit/limits/max-aliases.rule";
import { maxCostRule } from "@pasrr/graphql-kit/limits/max-cost.rule";
import { maxDepthRule } from "@pasrr/graphql-kit/limits/max-depth.rule";
import { maxListSizeRule } from "@pasrr/graphql-kit/limits/max-list-size.rule";
import { maxRootFieldsRule } from "@pasrr/graphql-kit/limits/max-root-fields.rule";
import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from "graphql";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { supergraphFile } from "../src/server.ts";

/**
 * The default limits against the real composed graph: every partner query the README shows, and
 * the payment system's batch of 10,000 identifiers, pass; one identifier more does not.
 */
let schema: ReturnType<typeof buildSchema>;
beforeAll(async () => {
  schema = buildSchema(await readFile(supergraphFile, "utf8"));
});

function limitErrors(query: string, variables: Record<string, unknown> = {}, limits: OperationLimits = defaultOperationLimits): readonly GraphQLError[] {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  return validate(schema, document, [
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxRootFieldsRule(limits.maxRootFields),
    maxListSizeRule(limits.maxListSize, variables),
    maxCostRule(limits.maxCost, variables),
  ]);
}

const paymentBatch = /* GraphQL */ `
  query PaymentBatch($identifiers: [IdentifierInput!]!, $from: Date!, $to: Date!) {
    individualsByIdentifiers(identifiers: $identifiers) {
      id
      mergedIds
      identifiers { type issuer value }
      levelOfCareCoverage(from: $from, to: $to, providerNumber: "DEMO-NF-0001") {
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`;
const claimLines = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ type: "MEDICAID_ID", issuer: "OH", value: `DEMO${String(i).padStart(8, "0")}` }));

describe("the default operation limits on the composed graph", () => {
  it("admit the payment system's batch of 10,000 claim lines, and refuse 10,001 as listSize", () => {
    const variables = { identifiers: claimLines(10_000), from: "2026-09-01", to: "2026-10-31" };
    expect(limitErrors(paymentBatch, variables)).toEqual([]);
    const over = limitErrors(paymentBatch, { ...variables, identifiers: claimLines(10_001) });
    expect(over.map((error) => error.extensions.limit)).toContain("listSize");
  });

  it("count a repeated identifier's claim lines once per repeat: 10,000 distinct people × 10,000 lines pass, 400 copies × 400 lines are refused (red-team finding 3)", () => {
    const claimBatch = `query ClaimBatch($ids: [IdentifierInput!]!, $lines: [ClaimLineInput!]!) {
      individualsByIdentifiers(identifiers: $ids) { levelOfCareClaimCoverage(lines: $lines) { line coveredSpans { from } uncoveredSpans { from } } } }`;
    const lines = (count: number, medicaidId: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => ({ line: String(i), medicaidId: medicaidId(i), issuer: "OH", from: "2026-10-01", to: "2026-10-31" }));
    const distinct = (i: number) => `DEMO${String(i).padStart(8, "0")}`;
    expect(limitErrors(claimBatch, { ids: claimLines(10_000), lines: lines(10_000, distinct) })).toEqual([]);
    const repeated = Array.from({ length: 400 }, () => claimLines(1)[0]);
    const refused = limitErrors(claimBatch, { ids: repeated, lines: lines(400, () => distinct(0)) });
    expect(refused.map((error) => error.extensions)).toEqual([expect.objectContaining({ limit: "cost", actual: 320_401 })]);
  });

  it("cost the claim batch as one entry point by its lines: 10,000 lines pass at 20,002, 10,001 are refused as listSize, and a low cost limit refuses the big batch", () => {
    const claimBatch = `query ClaimBatchField($lines: [ClaimLineInput!]!) {
      levelOfCareClaimBatch(lines: $lines) { lines { line coveredSpans { from } uncoveredSpans { from } } } }`;
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        line: String(i),
        medicaidId: `DEMO${String(i).padStart(8, "0")}`,
        issuer: "OH",
        from: "2026-10-01",
        to: "2026-10-31",
      }));
    expect(limitErrors(claimBatch, { lines: lines(10_000) })).toEqual([]);
    expect(limitErrors(claimBatch, { lines: lines(10_001) }).map((error) => error.extensions.limit)).toContain("listSize");
    const refused = limitErrors(claimBatch, { lines: lines(10_000) }, { ...defaultOperationLimits, maxCost: 20_001 });
    expect(refused.map((error) => error.extensions)).toEqual([expect.objectContaining({ limit: "cost", actual: 20_002 })]);
  });

  it("admit the cross-service read of a person and a page of 100 people with their stays", () => {
    const person = `query { individual(id: "0193a000-0000-7000-8000-000000000001") {
      givenName familyName birthDate
      levelOneScreens { screenedOn submittingOrganisationId }
      levelOfCareDeterminations { levelOfCareType decision effectiveFrom effectiveThrough }
      stays { admittedOn dischargedOn facility { name providerNumber region } } } }`;
    expect(limitErrors(person)).toEqual([]);
    const page = `query { individuals(first: 100) { edges { cursor node { id familyName stays { facility { name } } levelOfCareDeterminations { decision } } } pageInfo { hasNextPage endCursor } } }`;
    expect(limitErrors(page)).toEqual([]);
  });

  it("refuse a walk around the graph's cycle deeper than 12 levels", () => {
    let loop = "id";
    for (let i = 0; i < 4; i += 1) loop = `residents { stay { facility { ${loop} } } }`;
    const errors = limitErrors(`{ facility(id: "x") { ${loop} } }`);
    expect(errors.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "OPERATION_LIMIT_EXCEEDED", limit: "depth", maximum: 12, actual: 14 }),
    ]);
  });
});
