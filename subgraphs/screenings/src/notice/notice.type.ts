import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelTwoAuthority, LevelTwoOutcome, NoticeRecipient } from "../enums.type.ts";

@ObjectType({
  description:
    "A notice of a Level II determination, with its content and the person's appeal rights (IL VII.E.3; CO 8.401.206 D–E). Each recipient reads only what is addressed to it.",
})
export class PasrrNotice {
  @Field(() => ID, { description: "The hub's id of this notice." })
  id!: string;

  /** Exposed as `determination` by the resolver; the person as `individual`. */
  determinationId!: string;
  individualId!: string;
  /** Scope facts copied from the referral (access/notice-scope.access.ts). */
  facilityCounty!: string | null;
  authority!: LevelTwoAuthority;

  @Field(() => NoticeRecipient, { description: "Who the notice is for." })
  recipient!: NoticeRecipient;

  @Field(() => ID, { nullable: true, description: "The facility, for a facility recipient." })
  recipientFacilityId!: string | null;

  @Field(() => Boolean, {
    description: "A copy of the person's notice (a facility's, the attending physician's); the person's and the representative's are originals.",
  })
  copy!: boolean;

  @Field(() => DateScalar, { description: "The date the notice was issued (the determination date)." })
  issuedOn!: Date;

  @Field(() => LevelTwoOutcome, { description: "The outcome the notice gives." })
  outcome!: LevelTwoOutcome;

  @Field(() => [String], { description: "The interpretation of the results: why the outcome is what it is (IL VII.E.3.a; CO 8.401.206 D.6)." })
  reasons!: string[];

  @Field(() => [String], { description: "The services required to meet the assessed needs, and who provides the specialized ones (CO 8.401.206 D.3–5)." })
  services!: string[];

  @Field(() => DateScalar, { nullable: true, description: "The last day of a time-limited or provisional approval; null when ongoing or denied." })
  approvedThrough!: Date | null;

  @Field(() => DateScalar, { description: "The last day an appeal may be filed, by the state's policy." })
  appealDeadline!: Date;

  @Field(() => String, { description: "The appeal rights in words: who may appeal, by when, and any second level (IL VIII)." })
  appealRights!: string;
}
