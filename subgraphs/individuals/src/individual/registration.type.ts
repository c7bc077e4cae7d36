import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/platform";
import { Individual } from "./individual.type.ts";

export enum RegistrationOutcome {
  CREATED = "CREATED",
}
registerEnumType(RegistrationOutcome, {
  name: "RegistrationOutcome",
  description: "What registering a person did.",
  valuesConfig: { CREATED: { description: "No existing record matched; a new person was created." } },
});

@InputType({ description: "A person to register, as a partner knows them." })
export class RegisterIndividualInput {
  @Field(() => String, { description: "Given (first) name." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Middle name or initial." })
  middleName?: string | null;

  @Field(() => String, { description: "Family (last) name; may not be empty." })
  familyName!: string;

  @Field(() => DateScalar, { description: "Date of birth: not in the future, not more than 130 years ago." })
  birthDate!: string;

  @Field(() => String, { description: "County of residence." })
  county!: string;

  @Field(() => String, { description: "State of residence, USPS code (e.g. OH)." })
  state!: string;
}

@ObjectType({ description: "The result of registering a person." })
export class RegisterIndividualPayload {
  @Field(() => RegistrationOutcome, { description: "What the registration did." })
  outcome!: RegistrationOutcome;

  @Field(() => Individual, { description: "The person now on record." })
  individual!: Individual;
}
