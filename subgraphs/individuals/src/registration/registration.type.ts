import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Sex } from "../generated/prisma/enums.ts";
import { NewIdentifierInput } from "../identifier/identifier.type.ts";
import { Individual } from "../individual/individual.type.ts";
import { MatchCandidate } from "../matching/match-candidate.type.ts";

export enum RegistrationOutcome {
  CREATED = "CREATED",
  MATCHED = "MATCHED",
  POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE",
}
registerEnumType(RegistrationOutcome, {
  name: "RegistrationOutcome",
  description: "What registering a person did.",
  valuesConfig: {
    CREATED: { description: "No existing record matched; a new person was created." },
    MATCHED: { description: "An existing person: by an identifier on record, or a match safe enough for the machine. New identifiers were attached." },
    POSSIBLE_DUPLICATE: { description: "A new record was created and held for review beside the existing people it resembles." },
  },
});

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

@ObjectType({ description: "The result of registering a person." })
export class RegisterIndividualPayload {
  @Field(() => RegistrationOutcome, { description: "What the registration did." })
  outcome!: RegistrationOutcome;

  @Field(() => Individual, { description: "The person now on record: the existing person when MATCHED, else the new record." })
  individual!: Individual;

  reviewId!: string | null;

  @Field(() => [MatchCandidate], {
    nullable: true,
    description: "The person matched (MATCHED) or the people held for review (POSSIBLE_DUPLICATE), each with score and reasons; empty when CREATED. PAA and state only.",
  })
  candidates!: MatchCandidate[];
}

