import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { NewIdentifierInput } from "./identifier.input.ts";

@InputType({ description: "An identifier to record for a person." })
export class AddIdentifierInput {
  @Field(() => ID, { description: "The person (a merged record's id reaches the survivor)." })
  individualId!: string;

  @Field(() => NewIdentifierInput, { description: "The identifier, as issued." })
  identifier!: NewIdentifierInput;

  @Field(() => String, { nullable: true, description: "Why (kept in history)." })
  reason?: string | null;
}

@InputType({ description: "The end of an identifier's validity." })
export class EndIdentifierInput {
  @Field(() => ID, { description: "The identifier record (its `id` on `Individual.identifiers`)." })
  identifierId!: string;

  @Field(() => DateScalar, { description: "Its last valid day." })
  validThrough!: string;

  @Field(() => String, { description: "Why it ended (kept in history)." })
  reason!: string;
}
