import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelOneOutcome } from "../enums.type.ts";

@ObjectType({ description: "The next thing due in a person's PASRR process." })
export class PasrrNextAction {
  @Field(() => String, {
    description:
      "What is due: COMPLETE_LEVEL_I (the screen was returned incomplete), LEVEL_II_DETERMINATION (a Level II, or the decision on a requested categorical, an abbreviated one) or RESIDENT_REVIEW.",
  })
  action!: string;
  @Field(() => DateScalar, { nullable: true, description: "When it is due." })
  dueOn!: string | null;
  @Field(() => String, { description: "The rule or policy value that sets it." })
  source!: string;
}

@ObjectType({
  description:
    "A person's current PASRR standing, from their newest Level I screen and its Level II determinations, including records of people merged into them.",
})
export class PasrrStanding {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The date the PASRR requirements were met: the screen's date without a Level II, the day a categorical was granted, the determination's date with a Level II, the later determination's date with a dual review (OH guide). Null while not met. A LOC may not take effect before it.",
  })
  requirementsMetOn!: string | null;

  @Field(() => Boolean, { description: "Whether the standing allows a nursing facility stay (every Level II found NF services needed)." })
  nursingFacilityAdmissionAllowed!: boolean;

  @Field(() => DateScalar, { nullable: true, description: "The last day a time-limited standing is valid; null when not time-limited or not met." })
  validThrough!: string | null;

  @Field(() => LevelOneOutcome, {
    nullable: true,
    description: "The outcome of the newest Level I screen; null when never screened. Clinical: not for the payment system.",
  })
  currentOutcome!: string | null;

  @Field(() => ID, { nullable: true, description: "The newest Level I screen's id." })
  screenId!: string | null;

  @Field(() => [ID], { description: "Ids of the Level II referrals still open for that screen." })
  pendingReferralIds!: string[];

  @Field(() => PasrrNextAction, { nullable: true, description: "The next action due, if any." })
  nextAction!: PasrrNextAction | null;
}
