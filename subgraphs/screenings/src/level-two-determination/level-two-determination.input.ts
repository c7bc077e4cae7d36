import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, expectedVersionDescription } from "@pasrr/platform";
import { ApprovalPeriod } from "../enums.ts";

@InputType({ description: "A Level II determination as the authority records it." })
export class RecordLevelTwoDeterminationInput {
  @Field(() => ID, { description: "The referral determined; it must be open and routed to the caller's authority." })
  referralId!: string;
  @Field(() => Int, { nullable: true, description: expectedVersionDescription })
  expectedVersion?: number | null;
  @Field(() => Boolean, { description: "The evaluation confirmed the condition referred." })
  conditionConfirmed!: boolean;
  @Field(() => Boolean, { nullable: true, description: "MH referrals: SMI is the primary diagnosis. Not given for DD referrals." })
  seriousMentalIllnessPrimary?: boolean | null;
  @Field(() => Boolean, { description: "The person needs NF level of services." })
  needsNursingFacilityServices!: boolean;
  @Field(() => Boolean, { description: "The person needs specialized services." })
  needsSpecializedServices!: boolean;
  @Field(() => [String], { defaultValue: [], description: "Recommended services, one per entry." })
  recommendedServices!: string[];
  @Field(() => ApprovalPeriod, { description: "Ongoing, or time-limited." })
  approvalPeriod!: ApprovalPeriod;
  @Field(() => DateScalar, { nullable: true, description: "Required for TIME_LIMITED: the last day approved, after the determination date." })
  approvedThrough?: string | null;
  @Field(() => String, { description: "The evaluator's name and qualification." })
  evaluatorName!: string;
  @Field(() => DateScalar, { description: "The date of the evaluation; not after the determination." })
  evaluatedOn!: string;
  @Field(() => DateScalar, { description: "The date of the determination; not before the referral, not in the future." })
  determinedOn!: string;
  @Field(() => Boolean, { defaultValue: false, description: "The person has a legal representative, who receives a notice too." })
  hasRepresentative!: boolean;
  @Field(() => ID, { nullable: true, description: "The admitting nursing facility, when not the screen's own facility." })
  admittingFacilityId?: string | null;
}
