import { Field, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Sex } from "../generated/prisma/enums.ts";
import { NewIdentifierInput } from "../identifier/identifier.input.ts";

/** A name's parts, each of which may be missing; only inherited, so not a type of the schema. */
@InputType()
abstract class NamePartsInput {
  @Field(() => String, { nullable: true, description: "Given name." })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: "Middle name." })
  middleName?: string | null;

  @Field(() => String, { nullable: true, description: "Family name." })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: "Suffix." })
  suffix?: string | null;
}

@InputType({ description: "A name a person was known by before (e.g. before marriage), with both its given and family name." })
export class PersonNameInput extends NamePartsInput {
  @Field(() => String, { description: "Given name." })
  override givenName!: string;

  @Field(() => String, { description: "Family name." })
  override familyName!: string;
}

@InputType({
  description:
    "A person to register, as a partner knows them. Search first, and give identifiers with the type the source system uses. " +
    "Enough to identify a person: a given or a family name, and a birth date, an identifier or the SSN's last four; " +
    "whatever else the partner does not know may be left out (a blank name counts as missing).",
})
export class RegisterIndividualInput extends NamePartsInput {
  @Field(() => String, { nullable: true, description: "Given name; may be missing when the family name is given." })
  override givenName?: string | null;

  @Field(() => String, { nullable: true, description: "Family name; may be missing when the given name is given." })
  override familyName?: string | null;

  @Field(() => [PersonNameInput], { nullable: true, description: "Previous names (e.g. a maiden name)." })
  previousNames?: PersonNameInput[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date of birth: not in the future, not more than 130 years ago. May be missing (null) when an identifier or the SSN's last four is given.",
  })
  birthDate?: string | null;

  @Field(() => Sex, { nullable: true, description: "Sex, when recorded." })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: "Street address." })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true, description: "Second address line." })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "ZIP code: 5 digits or ZIP+4." })
  postalCode?: string | null;

  @Field(() => String, { description: "County of residence." })
  county!: string;

  @Field(() => String, { description: "State of residence, USPS code (e.g. OH)." })
  state!: string;

  @Field(() => String, { nullable: true, description: "The SSN's last four digits, when the full SSN is not known (used for matching only)." })
  ssnLastFour?: string | null;

  @Field(() => [NewIdentifierInput], { nullable: true, description: "Identifiers the partner holds for the person (at most 10)." })
  identifiers?: NewIdentifierInput[] | null;
}
