import { GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { Context } from "../context.ts";
import type { Individual } from "../individual/individual.stub.ts";
import { claimLineCoverage } from "./claim-coverage.resolver.ts";
import type { ClaimLine } from "./claim-lines.rules.ts";

/**
 * Resolves `Individual.levelOfCareClaimCoverage` with the `lines` exactly as GraphQL coerced
 * them. type-graphql copies a list argument into class instances on every call, and this field is
 * called once per person of the batch with the whole batch's lines: 10,000 people × 10,000 lines
 * is 10⁸ copies. GraphQL hands every call the same coerced variable (the same array), so the
 * lines are indexed once per request (`linesByMedicaidId`) and each person costs only its own
 * lines. It is set before the access matrix guards the schema, so the matrix's row still applies.
 */
export function resolveClaimLinesUnconverted(schema: GraphQLSchema): void {
  const individual = schema.getType("Individual");
  if (!(individual instanceof GraphQLObjectType)) throw new Error("the levelofcare schema has no Individual type");
  const field = individual.getFields().levelOfCareClaimCoverage;
  if (!field) throw new Error("the levelofcare schema has no Individual.levelOfCareClaimCoverage field");
  field.resolve = (root: Individual, args: { lines: readonly ClaimLine[] }, ctx: Context) => claimLineCoverage(root, args.lines, ctx);
}
