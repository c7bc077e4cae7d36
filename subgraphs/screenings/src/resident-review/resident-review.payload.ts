import { Field, ObjectType } from "type-graphql";
import { ResidentReview } from "./resident-review.type.ts";

@ObjectType({ description: "What reporting a census fact about a resident did." })
export class ReportResidentEventPayload {
  @Field(() => ResidentReview, { nullable: true, description: "The Resident Review the fact makes due (the open one if already due); null when none is due." })
  residentReview!: ResidentReview | null;
}
