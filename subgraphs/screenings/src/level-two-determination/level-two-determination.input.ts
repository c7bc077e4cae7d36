import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";
import { ApprovalPeriod } from "../enums.type.ts";

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
  @Field(() => ApprovalPeriod, {
    nullable: true,
    description:
      "Ongoing, or time-limited. Left out: ongoing, or for a provisional admission time-limited until the final determination is due (the outcome is derived, see LevelTwoDetermination.outcome).",
  })
  approvalPeriod?: ApprovalPeriod | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "For TIME_LIMITED: the last day approved, after the determination date. Required unless the state's policy gives a length (IL VII.C: about six months); empty for a provisional admission.",
  })
  approvedThrough?: string | null;
  @Field(() => String, { description: "The evaluator's name and qualification." })
  evaluatorName!: string;
  @Field(() => DateScalar, { description: "The date of the evaluation; not after the determination." })
  evaluatedOn!: string;
  @Field(() => DateScalar, { description: "The date of the determination; not before the referral, not in the future." })
  determinedOn!: string;
  @Field(() => Boolean, { defaultValue: false, description: "The person has a legal representative, who receives a notice too." })
  hasRepresentative!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: "The admitting nursing facility, when not the screen's own facility: a nursing facility the registry holds. It is sent a copy of the notice.",
  })
  admittingFacilityId?: string | null;

  // Level II outcomes (issue 17, level-two-outcome.rules.ts).
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "MH referrals: the specialized services needed are inpatient psychiatric care (CO 8.401.207 D; MN diagnostic summary 2.A). The person is referred to a psychiatric hospital and not admitted to a NF until treated, so needsNursingFacilityServices must be false.",
  })
  inpatientPsychiatricCareNeeded!: boolean;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "MN Level II form B.4: the diagnostic assessment is not yet done and the person would be in a vulnerable and unsafe situation in the community if not admitted. The determination is PROVISIONAL, and a referral for the final determination is opened, due within the state's time (7-9 working days in MN). Refused where the state's policy has no provisional admission.",
  })
  diagnosticAssessmentPending!: boolean;
}
