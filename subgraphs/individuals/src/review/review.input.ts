import { Field, ID, InputType, Int } from "type-graphql";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";
import { ReviewOutcome } from "./review.type.ts";

@InputType({ description: "A reviewer's decision." })
export class ReviewDecisionInput {
  @Field(() => ReviewOutcome, { description: "Same person, or not." })
  outcome!: ReviewOutcome;

  @Field(() => ID, { nullable: true, description: "For SAME_PERSON: the candidate the record is (it survives the merge)." })
  candidateId?: string | null;

  @Field(() => String, { description: "Why: kept in the people's history." })
  reason!: string;
}

@InputType({ description: "A decision on one duplicate review." })
export class ResolveDuplicateReviewInput {
  @Field(() => ID, { description: "The review (its `id` on `DuplicateReview`)." })
  reviewId!: string;

  @Field(() => ReviewDecisionInput, { description: "The decision." })
  decision!: ReviewDecisionInput;

  @Field(() => Int, { nullable: true, description: expectedVersionDescription })
  expectedVersion?: number | null;
}
