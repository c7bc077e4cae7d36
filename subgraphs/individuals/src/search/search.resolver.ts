import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-event.store.ts";
import { checkIdentifier } from "../identifier/identifier.rules.ts";
import { candidatesBornOn } from "../individual/individual.store.ts";
import { searchCriteriaKeys } from "../matching/blocking.rules.ts";
import type { Candidate } from "../matching/evidence.model.ts";
import { PrismaPersonIndex } from "../registration/person-index.store.ts";
import { bestFirst, searchAssessment } from "./search.rules.ts";
import { IndividualSearchInput } from "./search.input.ts";
import { IndividualMatchConnection } from "./search.type.ts";
import { searchArguments } from "./search.validation.ts";

/** How many people one search weighs at most; a broad search (a common family name alone) pages within these. */
export const searchLimit = 500;

@Resolver()
export class SearchResolver {
  @Query(() => IndividualMatchConnection, {
    description:
      "People by name (tolerant of typos and nicknames), birth date and identifier, best match first, each with its score and reasons. PAA and state only.",
  })
  async searchIndividuals(
    @Arg("criteria", () => IndividualSearchInput, { description: "What to search by." }) input: IndividualSearchInput,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many results (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const { criteria } = parseInput(searchArguments, { criteria: { ...input, hasIdentifier: Boolean(input.identifier) } }, "");
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

  private async candidates(
    ctx: Context,
    criteria: { givenName: string | null; familyName: string | null; birthDate: string | null },
    identifier: IndividualSearchInput["identifier"],
  ): Promise<Candidate[]> {
    const index = new PrismaPersonIndex(ctx.db, actorOf(ctx));
    if (identifier) {
      const checked = checkIdentifier(identifier, ctx.services.identity.identifierRules);
      if (!("identifier" in checked)) throw badUserInput(`criteria.identifier.${checked.field}`, checked.problem);
      return index.ownersOf([checked.identifier]);
    }
    const keys = searchCriteriaKeys(criteria);
    if (keys.length > 0) return index.candidatesFor(keys, searchLimit);
    return candidatesBornOn(ctx.db, criteria.birthDate!, searchLimit);
  }
}
