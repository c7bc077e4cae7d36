import { Field, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Sex } from "../generated/prisma/enums.ts";
import { NewIdentifierInput } from "../identifier/identifier.input.ts";

@InputType({ description: "A name a person was known by before (e.g. before marriage)." })
export class PersonNameInput {
  @Field(() => String, { description: "Given name." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Middle name." })
  middleName?: string | null;

  @Field(() => String, { description: "Family name." })
  familyName!: string;

  @Field(() => String, { nullable: true, description: "Suffix." })
  suffix?: string | null;
}

@InputType({ description: "A person to register, as a partner knows them. Search first, and give identifiers with the type the source system uses." })
export class RegisterIndividualInput extends PersonNameInput {
  @Field(() => [PersonNameInput], { nullable: true, description: "Previous names (e.g. a maiden name)." })
  previousNames?: PersonNameInput[] | null;

  @Field(() => DateScalar, { description: "Date of birth: not in the future, not more than 130 years ago." })
  birthDate!: string;

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
