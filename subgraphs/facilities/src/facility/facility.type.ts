import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionOf } from "@pasrr/platform";
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

@ObjectType({ description: "A nursing facility, ICF/IID or hospital known to the hub." })
@Directive('@key(fields: "id")')
export class Facility {
  @Field(() => ID, { description: "The hub's id of the facility." })
  id!: string;

  @Field(() => String, { description: "The Medicaid provider number, as the payment system names the facility." })
  providerNumber!: string;

  @Field(() => String, { description: "The facility's name." })
  name!: string;

  @Field(() => FacilityType, { description: "What kind of facility this is." })
  type!: FacilityType;

  @Field(() => String, { description: "The county the facility is in." })
  county!: string;

  @Field(() => String, { description: "The state the facility is in, USPS code." })
  state!: string;

  @Field(() => String, { description: "The pre-admission agency (PAA) region that covers the facility's county." })
  region!: string;
}

export const FacilityConnection = connectionOf(Facility, "Facility", "facility");
