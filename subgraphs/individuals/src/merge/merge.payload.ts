import { Field, ObjectType } from "type-graphql";
import { Individual } from "../individual/individual.type.ts";

@ObjectType({ description: "What a merge did." })
export class MergeIndividualsPayload {
  @Field(() => Individual, { description: "The person who survives, whose `mergedIds` now include the merged record." })
  survivor!: Individual;
}

@ObjectType({ description: "Both people after an unmerge." })
export class UnmergeIndividualPayload {
  @Field(() => Individual, { description: "The record separated again, ACTIVE with its own identifiers." })
  restored!: Individual;

  @Field(() => Individual, { description: "The person it had been merged into." })
  survivor!: Individual;
}
