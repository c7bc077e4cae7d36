import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Individual } from "../individual/individual.type.ts";

@InputType({ description: "A merge of a duplicate record into the person who survives." })
export class MergeIndividualsInput {
  @Field(() => ID, { description: "The record that stays." })
  survivorId!: string;

  @Field(() => ID, { description: "The duplicate merged into it." })
  mergedId!: string;

  @Field(() => String, { description: "Why (kept in history)." })
  reason!: string;
}

@ObjectType({ description: "What a merge did." })
export class MergeIndividualsPayload {
  @Field(() => Individual, { description: "The person who survives, whose `mergedIds` now include the merged record." })
  survivor!: Individual;
}

@InputType({ description: "An unmerge of a record merged by mistake." })
export class UnmergeIndividualInput {
  @Field(() => ID, { description: "The record merged by mistake." })
  mergedId!: string;

  @Field(() => String, { description: "Why (kept in history)." })
  reason!: string;
}

@ObjectType({ description: "Both people after an unmerge." })
export class UnmergeIndividualPayload {
  @Field(() => Individual, { description: "The record separated again, ACTIVE with its own identifiers." })
  restored!: Individual;

  @Field(() => Individual, { description: "The person it had been merged into." })
  survivor!: Individual;
}
