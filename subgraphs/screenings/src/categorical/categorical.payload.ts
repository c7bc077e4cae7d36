import { Field, ObjectType } from "type-graphql";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";
import { CategoricalDecision } from "./categorical.type.ts";

@ObjectType({ description: "What deciding a categorical did." })
export class DecideCategoricalPayload {
  @Field(() => LevelOneScreen, {
    description:
      "The screen: CATEGORICAL once every deciding authority granted, LEVEL_II_REQUIRED with its referrals once denied, still CATEGORICAL_REQUESTED while a second authority's decision is awaited.",
  })
  levelOneScreen!: LevelOneScreen;
  @Field(() => CategoricalDecision, { description: "The decision as recorded." })
  categoricalDecision!: CategoricalDecision;
}
