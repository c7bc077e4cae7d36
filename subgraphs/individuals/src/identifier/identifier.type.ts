import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { IdentifierType } from "../generated/prisma/enums.ts";

registerEnumType(IdentifierType, {
  name: "IdentifierType",
  description: "Kinds of identifier other systems give a person. Use the type the source system uses (CT: a wrong type creates duplicates).",
  valuesConfig: {
    SSN: { description: "Social Security number (issuer SSA). Roles without need see only the last four digits." },
    MEDICAID_ID: { description: "State Medicaid ID; the issuer is the state's USPS code (OH)." },
    MEDICARE_MBI: { description: "Medicare Beneficiary Identifier (issuer CMS)." },
    STATE_CLIENT_ID: { description: "A state program's client number; the issuer names the program (MN-PMI)." },
    FACILITY_MRN: { description: "A facility's medical record number; the issuer is the hub's facility id." },
    OTHER: { description: "Any other identifier; the issuer names who gave it." },
  },
});

@ObjectType({ description: "An identifier of a person, as issued by another system." })
export class Identifier {
  @Field(() => ID, { description: "The hub's id of this identifier record." })
  id!: string;

  @Field(() => IdentifierType, { description: "Kind of identifier." })
  type!: IdentifierType;

  @Field(() => String, { description: "Who issued it: SSA, CMS, a state code, a state program or a facility id." })
  issuer!: string;

  @Field(() => String, { description: "The identifier in its normal form (SSNs masked to ***-**-1234 for roles without need)." })
  value!: string;

  @Field(() => DateScalar, { nullable: true, description: "First day it is valid, when known." })
  validFrom!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day it is valid, when it has ended." })
  validThrough!: Date | null;

  @Field(() => DateTimeScalar, { description: "When the hub recorded it." })
  createdAt!: Date;
}
