import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "One area of an instrument and the answers its rules accept there, spelled as the rules spell them." })
export class AssessmentAreaOptions {
  @Field(() => String, { description: "The area, as the instrument's input names it (e.g. bathing, memoryCognition, healthCondition)." })
  area!: string;

  @Field(() => [String], {
    description: 'ULTC 100.2: the "Due To" conditions that may justify a score of 1 or more. CSA: the criteria of the area by roman numeral (i, ii, …).',
  })
  options!: string[];
}
