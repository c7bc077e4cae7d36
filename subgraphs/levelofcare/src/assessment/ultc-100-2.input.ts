import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "One scored area of the ULTC 100.2 (CO 10 CCR 2505-10 §8.401, A.)." })
export class UltcAreaScoreInput {
  @Field(() => Int, { description: "0 = independent, 1 = oversight or reminding, 2 = hands-on or standby help, 3 = dependent." })
  score!: number;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'The instrument\'s "Due To" conditions that justify a score of 1 or more, spelled as the instrument prints them (e.g. "Limited Range of Motion").',
  })
  dueTo!: string[];
}

@InputType({ description: "The ULTC 100.2 scores: six activities of daily living and two supervision areas." })
export class UltcResponsesInput {
  @Field(() => UltcAreaScoreInput, { description: "Bathing." }) bathing!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Dressing." }) dressing!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Toileting." }) toileting!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Mobility." }) mobility!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Transferring." }) transferring!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Eating." }) eating!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Supervision: behaviors." }) behaviors!: UltcAreaScoreInput;
  @Field(() => UltcAreaScoreInput, { description: "Supervision: memory and cognition." }) memoryCognition!: UltcAreaScoreInput;
}
