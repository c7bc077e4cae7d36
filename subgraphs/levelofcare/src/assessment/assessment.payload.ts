import { Field, ObjectType } from "type-graphql";
import { LevelOfCareAssessment } from "./assessment.type.ts";

@ObjectType({ description: "The result of submitting a Level of Care assessment." })
export class SubmitLevelOfCareAssessmentPayload {
  @Field(() => LevelOfCareAssessment, { description: "The assessment as recorded, with its computed outcome." })
  assessment!: LevelOfCareAssessment;
}
