import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { IndividualStatus, Sex } from "../generated/prisma/enums.ts";
import { NameParts } from "./person-name.type.ts";

registerEnumType(IndividualStatus, {
  name: "IndividualStatus",
  description: "Whether a person record is in use or was merged into another.",
  valuesConfig: {
    ACTIVE: { description: "The record in use for this person." },
    MERGED: { description: "A duplicate record merged into another person; references to it resolve to the survivor." },
  },
});

registerEnumType(Sex, {
  name: "Sex",
  description: "Sex as recorded by the registering partner.",
  valuesConfig: { FEMALE: { description: "Female." }, MALE: { description: "Male." }, UNKNOWN: { description: "Not recorded." } },
});

@ObjectType({ description: "A person known to the hub: an applicant to or resident of a Medicaid-certified nursing facility." })
@Directive('@key(fields: "id")')
export class Individual extends NameParts {
  @Field(() => ID, { description: "The hub's id for this person; stable across every subgraph. A merged record's id resolves to the survivor." })
  id!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date of birth; null when the registering partner did not know it (an identifier identified the person).",
  })
  birthDate!: Date | null;

  @Field(() => Sex, { description: "Sex as recorded." })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: "Street address." })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true, description: "Second address line (apartment, room)." })
  addressLine2!: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "ZIP code (5 digits or ZIP+4)." })
  postalCode!: string | null;

  @Field(() => String, { description: "County of residence." })
  county!: string;

  @Field(() => String, { description: "State of residence, USPS code (e.g. OH)." })
  state!: string;

  @Field(() => IndividualStatus, { description: "Whether this record is in use or merged into another." })
  status!: IndividualStatus;

  @Field(() => DateTimeScalar, { description: "When the hub first recorded this person." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When this record last changed." })
  updatedAt!: Date;
}

export const IndividualConnection = connectionOf(Individual, "Individual", "person");
