import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelTwoAuthority, ReferralStatus } from "../enums.type.ts";

@InputType({ description: "Narrows the Level II referral worklist; every condition given must hold." })
export class LevelTwoReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: "Only referrals in this status." })
  status?: ReferralStatus | null;
  @Field(() => LevelTwoAuthority, { nullable: true, description: "Only referrals routed to this authority (an authority sees only its own anyway)." })
  authority?: LevelTwoAuthority | null;
  @Field(() => ID, { nullable: true, description: "Only this person's referrals." })
  individualId?: string | null;
  @Field(() => ID, { nullable: true, description: "Only referrals from screens of this facility." })
  facilityId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only referrals due on or before this date." })
  dueOnOrBefore?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only open referrals whose due date is before this date (overdue as of it)." })
  overdueAsOf?: string | null;
}
