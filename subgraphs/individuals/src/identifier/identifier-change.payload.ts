import { Field, ObjectType } from "type-graphql";
import { Individual } from "../individual/individual.type.ts";
import { Identifier } from "./identifier.type.ts";

@ObjectType({ description: "What adding an identifier did." })
export class AddIdentifierPayload {
  @Field(() => Individual, { description: "The person, with the identifier now among their identifiers." })
  individual!: Individual;
}

@ObjectType({ description: "What ending an identifier did." })
export class EndIdentifierPayload {
  @Field(() => Identifier, { description: "The identifier record, now with its last valid day." })
  identifier!: Identifier;
}
