import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { connectionOf, DateScalar } from "@pasrr/platform";
import { ResidentReviewReason } from "../enums.ts";

export enum ResidentEvent {
  ADMITTED = "ADMITTED",
  SIGNIFICANT_CHANGE = "SIGNIFICANT_CHANGE",
  TRANSFERRED_IN_WITHOUT_PASRR_RECORDS = "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS",
}
registerEnumType(ResidentEvent, {
  name: "ResidentEvent",
  description: "A census fact about a nursing-facility resident that may start a Resident Review clock.",
  valuesConfig: {
    ADMITTED: { description: "Admitted to the NF: starts the clock of a time-limited exemption or categorical." },
    SIGNIFICANT_CHANGE: { description: "A significant change in condition (review within 14 days, CT)." },
    TRANSFERRED_IN_WITHOUT_PASRR_RECORDS: { description: "Transferred from another NF with no PASRR records (OH guide)." },
  },
});

@ObjectType({ description: "A Resident Review due for a nursing-facility resident (domain README, step 4)." })
export class ResidentReview {
  @Field(() => ID, { description: "The hub's id of this review." })
  id!: string;
  individualId!: string;
  @Field(() => ID, { description: "The nursing facility where the person resides." })
  facilityId!: string;
  @Field(() => ResidentReviewReason, { description: "Why the review is due." })
  reason!: ResidentReviewReason;
  @Field(() => DateScalar, { description: "The date of the census fact that started the clock." })
  triggeredOn!: Date;
  @Field(() => DateScalar, { description: "The last day for the review." })
  dueOn!: Date;
  @Field(() => DateScalar, { nullable: true, description: "The date a Level I screen completed the review; null while open." })
  completedOn!: Date | null;
  @Field(() => String, { description: "The policy value and seed that set the due date." })
  source!: string;
}

export const ResidentReviewConnection = connectionOf(ResidentReview, "ResidentReview", "Resident Review");

@InputType({ description: "A census fact about a resident (until the facilities service feeds these, NFs and the state report them here)." })
export class ReportResidentEventInput {
  @Field(() => ID, { description: "The person." })
  individualId!: string;
  @Field(() => ID, { description: "The nursing facility; one of the token's facilities for a NF." })
  facilityId!: string;
  @Field(() => String, { description: "The facility's county." })
  facilityCounty!: string;
  @Field(() => ResidentEvent, { description: "What happened." })
  event!: ResidentEvent;
  @Field(() => DateScalar, { description: "When it happened; not in the future." })
  occurredOn!: string;
}
