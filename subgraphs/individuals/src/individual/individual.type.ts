import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar, connectionOf } from "@pasrr/platform";
import { IndividualStatus } from "../generated/prisma/enums.ts";

registerEnumType(IndividualStatus, {
  name: "IndividualStatus",
  description: "Whether a person record is in use or was merged into another.",
  valuesConfig: {
    ACTIVE: { description: "The record in use for this person." },
    MERGED: { description: "A duplicate record merged into another person; references to it resolve to the survivor." },
  },
});

@ObjectType({ description: "A person known to the hub: an applicant to or resident of a Medicaid-certified nursing facility." })
@Directive('@key(fields: "id")')
export class Individual {
  @Field(() => ID, { description: "The hub's id for this person; stable across every subgraph." })
  id!: string;

  @Field(() => String, { description: "Given (first) name." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Middle name or initial, when known." })
  middleName!: string | null;

  @Field(() => String, { description: "Family (last) name." })
  familyName!: string;

  @Field(() => DateScalar, { description: "Date of birth." })
  birthDate!: Date;

  @Field(() => String, { description: "County of residence." })
  county!: string;

  @Field(() => String, { description: "State of residence, USPS code (e.g. OH)." })
  state!: string;

  @Field(() => IndividualStatus, { description: "Whether this record is in use or merged into another." })
  status!: IndividualStatus;

  @Field(() => DateTimeScalar, { description: "When the hub first recorded this person." })
  createdAt!: Date;
}

export const IndividualConnection = connectionOf(Individual, "Individual", "person");
