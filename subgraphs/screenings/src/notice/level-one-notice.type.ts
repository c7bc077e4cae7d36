import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelTwoAuthority, NoticeRecipient } from "../enums.type.ts";

@ObjectType({
  description:
    "The written notice of Level I findings that refer the person to a Level II evaluation (CO 8.401.193 A–B). Level I findings are not appealable (8.401.193 C).",
})
export class LevelOneNotice {
  @Field(() => ID, { description: "The hub's id of this notice." })
  id!: string;

  /** Exposed as `screen` by the resolver; scoped as that screen is (access/notice-scope.access.ts). */
  screenId!: string;
  individualId!: string;

  @Field(() => NoticeRecipient, { description: "The person, or the representative of record." })
  recipient!: NoticeRecipient;

  @Field(() => DateScalar, { description: "The date the notice was issued: the day the referral was made." })
  issuedOn!: Date;

  @Field(() => String, { description: "The Level I findings, as the screen's outcome explains them." })
  findings!: string;

  @Field(() => [LevelTwoAuthority], { description: "The authorities the person was referred to for a Level II evaluation." })
  referredTo!: LevelTwoAuthority[];

  @Field(() => DateScalar, { description: "The day the Level II determination is due by the state's time frame." })
  levelTwoDueOn!: Date;

  @Field(() => String, { description: "That the findings are not appealable, and that the Level II determination will carry its own appeal rights." })
  appealRights!: string;
}
