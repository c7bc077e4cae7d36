import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Individual } from "../individual/individual.type.ts";
import { Identifier, NewIdentifierInput } from "./identifier.type.ts";

@InputType({ description: "An identifier to record for a person." })
export class AddIdentifierInput {
  @Field(() => ID, { description: "The person (a merged record's id reaches the survivor)." })
  individualId!: string;

  @Field(() => NewIdentifierInput, { description: "The identifier, as issued." })
  identifier!: NewIdentifierInput;

  @Field(() => String, { nullable: true, description: "Why (kept in history)." })
  reason?: string | null;
}

@ObjectType({ description: "What adding an identifier did." })
export class AddIdentifierPayload {
  @Field(() => Individual, { description: "The person, with the identifier now among their identifiers." })
  individual!: Individual;
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

@ObjectType({ description: "What ending an identifier did." })
export class EndIdentifierPayload {
  @Field(() => Identifier, { description: "The identifier record, now with its last valid day." })
  identifier!: Identifier;
}
