import { Field, ID, InputType, registerEnumType } from "type-graphql";

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
