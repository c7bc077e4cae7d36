import { Field, ObjectType } from "type-graphql";
import { LevelOneScreen } from "./level-one-screen.type.ts";

@ObjectType({ description: "What filing a Level I screen did." })
export class SubmitLevelOneScreenPayload {
  @Field(() => LevelOneScreen, { description: "The screen as filed, with its outcome, explanation and any Level II referrals it created." })
  levelOneScreen!: LevelOneScreen;
}
