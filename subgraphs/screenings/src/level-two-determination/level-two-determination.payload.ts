import { Field, ObjectType } from "type-graphql";
import { LevelTwoDetermination } from "./level-two-determination.type.ts";

@ObjectType({ description: "What recording a Level II determination did." })
export class RecordLevelTwoDeterminationPayload {
  @Field(() => LevelTwoDetermination, { description: "The determination as recorded, with the referral it closed and the notices issued." })
  levelTwoDetermination!: LevelTwoDetermination;
}
