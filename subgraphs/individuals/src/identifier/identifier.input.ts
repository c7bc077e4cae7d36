import { Field, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { IdentifierType } from "../generated/prisma/enums.ts";

@InputType({ description: "An identifier a partner holds, to look a person up by." })
export class IdentifierInput {
  @Field(() => IdentifierType, { description: "Kind of identifier." })
  type!: IdentifierType;

  @Field(() => String, {
    nullable: true,
    description: "Issuer: required for MEDICAID_ID (state code), STATE_CLIENT_ID (MN-PMI), FACILITY_MRN (facility id), OTHER.",
  })
  issuer?: string | null;

  @Field(() => String, { description: "The value; spaces and dashes are ignored." })
  value!: string;
}

@InputType({ description: "An identifier to record for a person, with its validity." })
export class NewIdentifierInput extends IdentifierInput {
  @Field(() => DateScalar, { nullable: true, description: "First day it is valid." })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day it is valid." })
  validThrough?: string | null;
}
