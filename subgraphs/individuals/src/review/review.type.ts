import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { versionDescription } from "@pasrr/graphql-kit/versioning";
import { ReviewStatus } from "../generated/prisma/enums.ts";

registerEnumType(ReviewStatus, {
  name: "ReviewStatus",
  description: "Where a duplicate review stands.",
  valuesConfig: {
    OPEN: { description: "Waiting for a reviewer." },
    SAME_PERSON: { description: "Confirmed: the records were merged." },
    NOT_SAME_PERSON: { description: "Different people; the pairs are remembered and never proposed again." },
  },
});

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

@ObjectType({ description: "A possible duplicate held for a person to decide: a registered record and the existing people it resembles." })
export class DuplicateReview {
  @Field(() => ID, { description: "The review's id." })
  id!: string;
  @Field(() => Int, { description: versionDescription })
  version!: number;

  individualId!: string;

  @Field(() => ReviewStatus, { description: "Where the review stands." })
  status!: ReviewStatus;

  @Field(() => DateTimeScalar, { description: "When the registration opened it." })
  openedAt!: Date;

  @Field(() => String, { description: "Who registered the record (organisation/subject)." })
  openedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When a reviewer decided." })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who decided (organisation/subject)." })
  resolvedBy!: string | null;

  @Field(() => String, { nullable: true, description: "The reviewer's reason." })
  resolution!: string | null;
}

export const DuplicateReviewConnection = connectionOf(DuplicateReview, "DuplicateReview", "duplicate review");
