import { Field, ObjectType } from "type-graphql";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";

@ObjectType({ description: "What reviewing a Level I screen did." })
export class ReviewLevelOneScreenPayload {
  @Field(() => LevelOneScreen, { description: "The screen with its review: confirmed, or returned as incomplete with findings." })
  levelOneScreen!: LevelOneScreen;
}
