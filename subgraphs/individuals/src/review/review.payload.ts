import { Field, ObjectType } from "type-graphql";
import { DuplicateReview } from "./review.type.ts";

@ObjectType({ description: "What deciding a duplicate review did." })
export class ResolveDuplicateReviewPayload {
  @Field(() => DuplicateReview, { description: "The review, now decided (for SAME_PERSON, `individual` is the survivor)." })
  duplicateReview!: DuplicateReview;
}
