import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";

export enum LevelOneReviewDecision {
  CONFIRMED = "CONFIRMED",
  RETURNED_INCOMPLETE = "RETURNED_INCOMPLETE",
}
registerEnumType(LevelOneReviewDecision, {
  name: "LevelOneReviewDecision",
  description: "What the PAA decides on reviewing a Level I.",
  valuesConfig: {
    CONFIRMED: { description: "The screen is complete and valid; the PAA issues its review results (OH guide: only then is the screen a PAS)." },
    RETURNED_INCOMPLETE: {
      description: "The screen is incomplete or invalid; returned with findings to be completed (IL manual, IV.3). May be confirmed later.",
    },
  },
});

@InputType({ description: "A PAA's review of a Level I screen filed for a facility in its counties." })
export class ReviewLevelOneScreenInput {
  @Field(() => ID, { description: "The screen reviewed." })
  screenId!: string;
  @Field(() => Int, { nullable: true, description: expectedVersionDescription })
  expectedVersion?: number | null;
  @Field(() => LevelOneReviewDecision, { description: "The decision." })
  decision!: LevelOneReviewDecision;
  @Field(() => DateScalar, { description: "The day of the review; not before the screen, not in the future." })
  reviewedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: "What is incomplete or invalid (required when returning), or notes on a confirmation; at most 2000 characters.",
  })
  findings?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only when confirming: the day a complete and accurate screen reached the PAA, from which the PAS takes effect (OH guide: the PAA decides). Defaults to the screen's date, or for a screen returned incomplete to reviewedOn. Not before the screen or its return, not after reviewedOn.",
  })
  receivedCompleteOn?: string | null;
}
