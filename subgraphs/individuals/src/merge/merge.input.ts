import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A merge of a duplicate record into the person who survives." })
export class MergeIndividualsInput {
  @Field(() => ID, { description: "The record that stays." })
  survivorId!: string;

  @Field(() => ID, { description: "The duplicate merged into it." })
  mergedId!: string;

  @Field(() => String, { description: "Why (kept in history)." })
  reason!: string;
}

@InputType({ description: "An unmerge of a record merged by mistake." })
export class UnmergeIndividualInput {
  @Field(() => ID, { description: "The record merged by mistake." })
  mergedId!: string;

  @Field(() => String, { description: "Why (kept in history)." })
  reason!: string;
}
