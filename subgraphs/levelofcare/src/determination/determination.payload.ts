import { Field, ObjectType } from "type-graphql";
import { LevelOfCareDetermination } from "./determination.type.ts";

@ObjectType({ description: "The result of a Level of Care determination." })
export class DetermineLevelOfCarePayload {
  @Field(() => LevelOfCareDetermination, { description: "The determination as recorded." }) determination!: LevelOfCareDetermination;
}
