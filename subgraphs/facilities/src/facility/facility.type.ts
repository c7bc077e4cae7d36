import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { FacilityType } from "../generated/prisma/enums.ts";

registerEnumType(FacilityType, {
  name: "FacilityType",
  description: "What kind of facility this is.",
  valuesConfig: {
    NURSING_FACILITY: { description: "A Medicaid-certified nursing facility (NF)." },
    ICF_IID: { description: "An intermediate care facility for individuals with intellectual disabilities." },
    HOSPITAL: { description: "A general hospital." },
    PSYCHIATRIC_HOSPITAL: { description: "A psychiatric hospital or unit." },
  },
});

/** The facility registry: public provider data, readable by every partner (census data is not). */
@ObjectType({ description: "A nursing facility, ICF/IID or hospital known to the hub." })
@Directive('@key(fields: "id")')
export class Facility {
  @Field(() => ID, { description: "The hub's id of the facility." })
  id!: string;

  @Field(() => String, { description: "The Medicaid provider number, as the payment system names the facility." })
  providerNumber!: string;

  @Field(() => String, { nullable: true, description: "The National Provider Identifier (10 digits), when on record." })
  npi!: string | null;

  @Field(() => String, { description: "The facility's name." })
  name!: string;

  @Field(() => FacilityType, { description: "What kind of facility this is." })
  type!: FacilityType;

  @Field(() => String, { description: "Street address." })
  addressLine!: string;

  @Field(() => String, { description: "City." })
  city!: string;

  @Field(() => String, { description: "ZIP code." })
  postalCode!: string;

  @Field(() => String, { description: "The county the facility is in." })
  county!: string;

  @Field(() => String, { description: "The state the facility is in, USPS code." })
  state!: string;

  @Field(() => String, { description: "The pre-admission agency (PAA) region that covers the facility's county." })
  region!: string;

  @Field(() => Boolean, { description: "Whether the facility is certified for Medicaid (PASRR applies to every resident of a certified NF)." })
  medicaidCertified!: boolean;

  @Field(() => Int, { description: "The number of certified beds." })
  certifiedBeds!: number;
}

export const FacilityConnection = connectionOf(Facility, "Facility", "facility");
