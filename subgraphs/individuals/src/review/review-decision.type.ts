import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";
import { DuplicateReview } from "./review.type.ts";

export enum ReviewOutcome {
  SAME_PERSON = "SAME_PERSON",
  NOT_SAME_PERSON = "NOT_SAME_PERSON",
}
registerEnumType(ReviewOutcome, {
  name: "ReviewOutcome",
  description: "A reviewer's decision on a possible duplicate.",
  valuesConfig: {
    SAME_PERSON: { description: "The registered record is the chosen candidate: merge it into the candidate." },
    NOT_SAME_PERSON: { description: "Different people: remember every listed pair so they never alert again." },
  },
});

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

@ObjectType({ description: "What deciding a duplicate review did." })
export class ResolveDuplicateReviewPayload {
  @Field(() => DuplicateReview, { description: "The review, now decided (for SAME_PERSON, `individual` is the survivor)." })
  duplicateReview!: DuplicateReview;
}
