import { Field, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { IdentifierInput } from "../identifier/identifier.input.ts";

@InputType({ description: "What to search people by: a family name, a birth date or an identifier (a given name narrows a search)." })
export class IndividualSearchInput {
  @Field(() => String, { nullable: true, description: "Given name; familiar forms and typos are found too (Peggy finds Margaret)." })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: "Family name; typos and sound-alike spellings are found too." })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth; day/month swaps and one mistyped digit are found too." })
  birthDate?: string | null;

  @Field(() => IdentifierInput, { nullable: true, description: "An identifier: finds exactly its holder." })
  identifier?: IdentifierInput | null;
}
