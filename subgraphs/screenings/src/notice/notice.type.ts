import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/platform";
import { NoticeRecipient } from "../enums.ts";

@ObjectType({ description: "A notice of a Level II determination, with the person's appeal rights." })
export class PasrrNotice {
  @Field(() => ID, { description: "The hub's id of this notice." })
  id!: string;

  @Field(() => NoticeRecipient, { description: "Who the notice is for." })
  recipient!: NoticeRecipient;

  @Field(() => ID, { nullable: true, description: "The facility, for a facility recipient." })
  recipientFacilityId!: string | null;

  @Field(() => DateScalar, { description: "The date the notice was issued (the determination date)." })
  issuedOn!: Date;

  @Field(() => DateScalar, { description: "The last day an appeal may be filed, by the state's policy." })
  appealDeadline!: Date;
}
