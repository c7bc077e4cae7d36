import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { expectedVersionOf } from "@pasrr/graphql-kit/versioning";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { Context } from "../context.ts";
import { ReviewStatus } from "../generated/prisma/enums.ts";
import { actorOf } from "../history/identity-history.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { Individual } from "../individual/individual.type.ts";
import type { FieldComparison } from "../matching/agreement.ts";
import type { FaceSource } from "../matching/evidence.ts";
import { MatchCandidate } from "../matching/match-candidate.type.ts";
import { parseArguments, reason, recordId } from "../validation.ts";
import { ResolveDuplicateReviewInput, ResolveDuplicateReviewPayload } from "./review-decision.type.ts";
import { resolveReview } from "./review.service.ts";
import { DuplicateReview, DuplicateReviewConnection } from "./review.type.ts";

const decisionSchema = z.object({
  reviewId: recordId,
  decision: z.discriminatedUnion("outcome", [
    z.object({ outcome: z.literal("SAME_PERSON"), candidateId: recordId, reason }),
    z.object({ outcome: z.literal("NOT_SAME_PERSON"), reason }),
  ]),
});

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
    const rows = await ctx.db.duplicateReview.findMany({
      where: { status, ...(page.afterKey ? { id: { gt: page.afterKey } } : {}) },
      orderBy: { id: "asc" },
      take: page.first + 1,
    });
    return toConnection(rows, page, (row) => row.id);
  }

  @Query(() => DuplicateReview, { nullable: true, description: "One duplicate review. PAA and state only." })
  duplicateReview(@Arg("id", () => ID, { description: "The review's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.review.load(recordIdArgument("id", id));
  }

  @Mutation(() => ResolveDuplicateReviewPayload, {
    description: "Decides a duplicate review: SAME_PERSON merges the record into the chosen candidate; NOT_SAME_PERSON remembers the pairs. PAA and state only.",
  })
  async resolveDuplicateReview(
    @Arg("input", () => ResolveDuplicateReviewInput, { description: "The review, the decision and the version you read." }) input: ResolveDuplicateReviewInput,
    @Ctx() ctx: Context,
  ): Promise<ResolveDuplicateReviewPayload> {
    const args = parseArguments(decisionSchema, { reviewId: input.reviewId, decision: { ...input.decision } }, "input");
    const resolved = await resolveReview(ctx.db, actorOf(ctx), args.reviewId, args.decision, expectedVersionOf(input.expectedVersion));
    ctx.loaders.individual.clearAll();
    return { duplicateReview: resolved };
  }

  @FieldResolver(() => Individual, { nullable: true, description: "The registered record held for review (its survivor, once merged)." })
  individual(@Root() review: DuplicateReview, @Ctx() ctx: Context) {
    return loadIndividual(ctx, review.individualId);
  }

  @FieldResolver(() => [MatchCandidate], { description: "The existing people it resembles, best first, with score and reasons as they were when the review opened." })
  async candidates(@Root() review: DuplicateReview, @Ctx() ctx: Context): Promise<MatchCandidate[]> {
    const rows = await ctx.loaders.candidatesByReview.load(review.id);
    return rows.map((row) => {
      const reasons = row.reasons as unknown as { via: FaceSource; fields: FieldComparison[] };
      return { candidateId: row.candidateId, score: row.score, via: reasons.via, reasons: reasons.fields };
    });
  }
}
