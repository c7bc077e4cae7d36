import { GraphQLObjectType, type GraphQLSchema } from "graphql";
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { coverageFrom, personCoverageFacts } from "../coverage/coverage.store.ts";
import { required } from "../coverage/coverage.resolver.ts";
import { Individual } from "../individual/individual.stub.ts";
import { ClaimLineInput } from "@pasrr/subgraph-kit/claim-batch/claim-line.input";
import { checkClaimLine } from "./claim-line.validation.ts";
import { ClaimLineCoverage } from "./claim-line-coverage.type.ts";
import { firstAnswers, linesOf, type ClaimLine } from "./claim-lines.rules.ts";

/** The answers for the person's own claim lines (the router's `_entities` batch shares one determinations statement). */
export async function claimLineCoverage(individual: Individual, lines: readonly ClaimLine[], ctx: Context): Promise<ClaimLineCoverage[]> {
  const mine = firstAnswers(ctx, linesOf(lines, individual.identifiers ?? []));
  if (mine.length === 0) return [];
  for (const line of mine) checkClaimLine(ctx.principal, line);
  const facts = await personCoverageFacts(individual, ctx);
  return mine.map((line) => ({ line: line.line, medicaidId: line.medicaidId, ...coverageFrom(facts, line.from, line.to, line.providerNumber ?? null) }));
}

@Resolver(() => Individual)
export class IndividualClaimCoverageResolver {
  @Directive(`@requires(fields: "identifiers { type issuer value } ${required}")`)
  @FieldResolver(() => [ClaimLineCoverage], {
    deprecationReason:
      "Use Query.levelOfCareClaimBatch(lines): the same answer per line, in input order, with each service handling the batch once instead of once per person.",
    description:
      "The payment system's batch check: of the claim lines given, those naming one of this person's Medicaid IDs, each answered like `levelOfCareCoverage` for its own days and provider number. " +
      "Ask `individualsByIdentifiers` for every Medicaid ID of the batch (each once) and pass the same `lines` to every person: one request answers the whole batch. " +
      "Each line is answered once per request: when the batch names a person more than once, the first result naming them holds their lines and the repeats hold none.",
  })
  levelOfCareClaimCoverage(
    @Root() individual: Individual,
    @Ctx() ctx: Context,
    @Arg("lines", () => [ClaimLineInput], { description: "The claim lines of the batch (up to 10,000); pass them as one variable." }) lines: ClaimLineInput[],
  ): Promise<ClaimLineCoverage[]> {
    return claimLineCoverage(individual, lines, ctx);
  }
}

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
