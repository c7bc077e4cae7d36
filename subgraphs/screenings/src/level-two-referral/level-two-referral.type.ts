import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { versionDescription } from "@pasrr/graphql-kit/versioning";
import { LevelTwoAuthority, ReferralStatus } from "../enums.type.ts";

@ObjectType({ description: "A Level II referral: one authority's evaluation of the indications a Level I screen found (domain README, step 3)." })
export class LevelTwoReferral {
  @Field(() => ID, { description: "The hub's id of this referral." })
  id!: string;
  @Field(() => Int, { description: versionDescription })
  version!: number;

  /** Exposed as `screen` and `individual` by the resolver. */
  screenId!: string;
  individualId!: string;

  @Field(() => LevelTwoAuthority, { description: "The authority the referral is routed to." })
  authority!: LevelTwoAuthority;

  @Field(() => LevelTwoAuthority, {
    nullable: true,
    description:
      "In a dual case the state sequences, the authority whose assessment comes first (IL IV.D.3: DD before MH); this referral cannot be determined until that one is, and is due one time frame after it.",
  })
  awaitsAuthority!: LevelTwoAuthority | null;

  @Field(() => ReferralStatus, { description: "OPEN until the authority records its determination." })
  status!: ReferralStatus;

  @Field(() => DateScalar, { description: "The date of the referral (the screen's date)." })
  referredOn!: Date;

  @Field(() => DateScalar, { description: "The date the determination is due, by the state's policy (working days exclude weekends and state holidays)." })
  dueOn!: Date;

  @Field(() => ID, { nullable: true, description: "The facility of the screen." })
  facilityId!: string | null;

  @Field(() => String, { nullable: true, description: "The county of that facility." })
  facilityCounty!: string | null;

  @Field(() => DateTimeScalar, { description: "When the referral was made." })
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      "For a referral for a final determination: the provisional determination it follows (MN Level II form B.4); null for a referral a Level I made.",
  })
  followsDeterminationId!: string | null;
}

export const LevelTwoReferralConnection = connectionOf(LevelTwoReferral, "LevelTwoReferral", "Level II referral");
