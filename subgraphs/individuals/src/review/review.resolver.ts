import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { expectedVersionOf } from "@pasrr/graphql-kit/versioning";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { ReviewStatus } from "../generated/prisma/enums.ts";
import { actorOf } from "../history/identity-event.store.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { Individual } from "../individual/individual.type.ts";
import { MatchCandidate } from "../matching/match-candidate.type.ts";
import { ResolveDuplicateReviewInput } from "./review.input.ts";
import { ResolveDuplicateReviewPayload } from "./review.payload.ts";
import { decisionSchema } from "./review.validation.ts";
import { resolveReview } from "./resolve-duplicate-review.action.ts";
import { candidateOfRow, reviewsPage } from "./review.store.ts";
import { DuplicateReview, DuplicateReviewConnection } from "./review.type.ts";

@Resolver(() => DuplicateReview)
export class ReviewResolver {
  @Query(() => DuplicateReviewConnection, { description: "Duplicate reviews in a status (OPEN by default), oldest first. PAA and state only." })
  async duplicateReviews(
    @Ctx() ctx: Context,
    @Arg("status", () => ReviewStatus, { defaultValue: ReviewStatus.OPEN, description: "Which reviews." }) status: ReviewStatus,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    const page = pageRequest(first, after);
    return toConnection(await reviewsPage(ctx.db, status, page), page, (row) => row.id);
  }

  @Query(() => DuplicateReview, { nullable: true, description: "One duplicate review. PAA and state only." })
  duplicateReview(@Arg("id", () => ID, { description: "The review's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.review.load(recordIdArgument("id", id));
  }

  @Mutation(() => ResolveDuplicateReviewPayload, {
    description:
      "Decides a duplicate review: SAME_PERSON merges the record into the chosen candidate; NOT_SAME_PERSON remembers the pairs. PAA and state only.",
  })
  async resolveDuplicateReview(
    @Arg("input", () => ResolveDuplicateReviewInput, { description: "The review, the decision and the version you read." }) input: ResolveDuplicateReviewInput,
    @Ctx() ctx: Context,
  ): Promise<ResolveDuplicateReviewPayload> {
    const args = parseInput(decisionSchema, { reviewId: input.reviewId, decision: { ...input.decision } });
    const resolved = await resolveReview(ctx.db, actorOf(ctx), args.reviewId, args.decision, expectedVersionOf(input.expectedVersion));
    ctx.loaders.individual.clearAll();
    return { duplicateReview: resolved };
  }

  @FieldResolver(() => Individual, { nullable: true, description: "The registered record held for review (its survivor, once merged)." })
  individual(@Root() review: DuplicateReview, @Ctx() ctx: Context) {
    return loadIndividual(ctx, review.individualId);
  }

  @FieldResolver(() => [MatchCandidate], {
    description: "The existing people it resembles, best first, with score and reasons as they were when the review opened.",
  })
  async candidates(@Root() review: DuplicateReview, @Ctx() ctx: Context): Promise<MatchCandidate[]> {
    return (await ctx.loaders.candidatesByReview.load(review.id)).map(candidateOfRow);
  }
}
