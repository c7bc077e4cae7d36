import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";
import { CategoricalDecisionOutcome } from "../enums.type.ts";

@InputType({ description: "A deciding authority's decision on the categorical a Level I asked for." })
export class DecideCategoricalInput {
  @Field(() => ID, { description: "The Level I screen that asked for the categorical." })
  screenId!: string;
  @Field(() => Int, { nullable: true, description: expectedVersionDescription })
  expectedVersion?: number | null;
  @Field(() => CategoricalDecisionOutcome, {
    description: "GRANTED: admission without a full Level II, for the categorical's time limit from today's decision; DENIED: the Level II referral is opened.",
  })
  decision!: CategoricalDecisionOutcome;
  @Field(() => DateScalar, { description: "The day of the decision; not before the screen, not in the future." })
  decidedOn!: string;
  @Field(() => String, {
    description: "Why (required, at most 2000 characters): the documentation of why no Level II is done (CO 8.401.184 F), or why the categorical is denied.",
  })
  reason!: string;
}
