import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { ApprovalPeriod, LevelTwoOutcome, SpecializedServicesProvider } from "../enums.type.ts";

@ObjectType({ description: "A Level II determination by the mental-health or DD authority (CO 8.401.201; domain README, step 3)." })
export class LevelTwoDetermination {
  @Field(() => ID, { description: "The hub's id of this determination." })
  id!: string;

  /** Exposed as `referral` and `individual` by the resolver. */
  referralId!: string;
  individualId!: string;

  @Field(() => Boolean, { description: "The evaluation confirmed the condition referred (SMI for MH, ID/DD or a related condition for DD)." })
  conditionConfirmed!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "For MH referrals: SMI is the person's primary diagnosis (counts toward a facility's IMD share); null for DD.",
  })
  seriousMentalIllnessPrimary!: boolean | null;

  @Field(() => Boolean, { description: "The person needs the level of services a nursing facility provides." })
  needsNursingFacilityServices!: boolean;

  @Field(() => Boolean, { description: "The person needs specialized services for the condition." })
  needsSpecializedServices!: boolean;

  @Field(() => [String], { description: "Services the evaluator recommends." })
  recommendedServices!: string[];

  @Field(() => ApprovalPeriod, { description: "Ongoing, or time-limited through `approvedThrough`." })
  approvalPeriod!: ApprovalPeriod;

  @Field(() => DateScalar, { nullable: true, description: "The last day of a time-limited approval; null when ongoing." })
  approvedThrough!: Date | null;

  @Field(() => String, { description: "The evaluator's name and qualification." })
  evaluatorName!: string;

  @Field(() => DateScalar, { description: "The date of the evaluation." })
  evaluatedOn!: Date;

  @Field(() => DateScalar, { description: "The date of the determination." })
  determinedOn!: Date;

  @Field(() => String, { description: "The authority organisation that determined." })
  determinedByOrganisationId!: string;

  @Field(() => DateTimeScalar, { description: "When the determination reached the hub." })
  recordedAt!: Date;

  // Level II outcomes (issue 17, level-two-outcome.rules.ts).
  @Field(() => LevelTwoOutcome, { description: "What the determination allows, derived from its facts under the state's policy (never typed in)." })
  outcome!: LevelTwoOutcome;

  @Field(() => String, { description: "The seed and section of the rule that derived the outcome." })
  outcomeSource!: string;

  @Field(() => SpecializedServicesProvider, {
    nullable: true,
    description: "Who provides or arranges the specialized services found needed; null when none are.",
  })
  specializedServicesProvider!: SpecializedServicesProvider | null;

  @Field(() => String, { description: "The policy pack (PASRR_POLICY_STATE) the outcome was derived under." })
  policyState!: string;
}
