import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { badUserInput, pageRequest, toConnection } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-history.ts";
import { checkIdentifier } from "../identifier/identifier.rules.ts";
import { candidateOf, storedPersonInclude } from "../individual/individual.evidence.ts";
import { nameSchema } from "../individual/individual.rules.ts";
import { searchCriteriaKeys } from "../matching/blocking.rules.ts";
import type { Candidate } from "../matching/evidence.ts";
import { PrismaPersonIndex } from "../registration/person-index.prisma.ts";
import { parseArguments } from "../validation.ts";
import { bestFirst, searchAssessment } from "./search.rules.ts";
import { IndividualMatchConnection, IndividualSearchInput } from "./search.type.ts";

/** How many people one search weighs at most; a broad search (a common family name alone) pages within these. */
export const searchLimit = 500;

const criteriaSchema = z
  .object({
    givenName: nameSchema.shape.givenName.nullish().transform((v) => v ?? null),
    familyName: nameSchema.shape.familyName.nullish().transform((v) => v ?? null),
    birthDate: z.string().nullish().transform((v) => v ?? null),
    hasIdentifier: z.boolean(),
  })
  .refine((c) => c.familyName || c.birthDate || c.hasIdentifier, { message: "give a family name, a birth date or an identifier", path: [] });

@Resolver()
export class SearchResolver {
  @Query(() => IndividualMatchConnection, {
    description: "People by name (tolerant of typos and nicknames), birth date and identifier, best match first, each with its score and reasons. PAA and state only.",
  })
  async searchIndividuals(
    @Arg("criteria", () => IndividualSearchInput, { description: "What to search by." }) input: IndividualSearchInput,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many results (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const { criteria } = parseArguments(z.object({ criteria: criteriaSchema }), { criteria: { ...input, hasIdentifier: Boolean(input.identifier) } });
    const page = pageRequest(first, after);
    const people = await this.candidates(ctx, criteria, input.identifier ?? null);
    const results = people
      .map((person) => searchAssessment(criteria, person))
      .filter((result) => result !== null)
      .sort(bestFirst);
    // The cursor is the last result's id: results are recomputed, in the same order, for each page.
    const start = page.afterKey ? results.findIndex((result) => result.candidateId === page.afterKey) + 1 : 0;
    if (start === 0 && page.afterKey) throw badUserInput("after", "names no result of this search any more; search again");
    return toConnection(results.slice(start, start + page.first + 1), page, (result) => result.candidateId);
  }

  private async candidates(ctx: Context, criteria: { givenName: string | null; familyName: string | null; birthDate: string | null }, identifier: IndividualSearchInput["identifier"]): Promise<Candidate[]> {
    const index = new PrismaPersonIndex(ctx.db, actorOf(ctx));
    if (identifier) {
      const checked = checkIdentifier(identifier, ctx.services.identity.identifierRules);
      if (!("identifier" in checked)) throw badUserInput(`criteria.identifier.${checked.field}`, checked.problem);
      return index.ownersOf([checked.identifier]);
    }
    const keys = searchCriteriaKeys(criteria);
    if (keys.length > 0) return index.candidatesFor(keys, searchLimit);
    const born = await ctx.db.individual.findMany({
      where: { birthDate: new Date(`${criteria.birthDate}T00:00:00.000Z`), status: "ACTIVE" },
      include: storedPersonInclude,
      relationLoadStrategy: "join",
      take: searchLimit,
    });
    return born.map(candidateOf);
  }
}
