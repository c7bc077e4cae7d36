import { Field, InputType, Int } from "type-graphql";
import { FacilityType } from "../generated/prisma/enums.ts";

@InputType({ description: "Which facilities to list; every given condition must hold." })
export class FacilityFilter {
  @Field(() => String, { nullable: true, description: "Only facilities in this county." })
  county?: string | null;

  @Field(() => String, { nullable: true, description: "Only facilities in this PAA region." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Only facilities in this state (USPS code)." })
  state?: string | null;

  @Field(() => FacilityType, { nullable: true, description: "Only facilities of this type." })
  type?: FacilityType | null;

  @Field(() => Boolean, { nullable: true, description: "Only facilities that are (or are not) Medicaid-certified." })
  medicaidCertified?: boolean | null;
}

@InputType({ description: "A facility to add to the registry." })
export class RegisterFacilityInput {
  @Field(() => String, { description: "The Medicaid provider number; unique." })
  providerNumber!: string;

  @Field(() => String, { nullable: true, description: "The National Provider Identifier (10 digits, valid check digit); unique." })
  npi?: string | null;

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

  @Field(() => String, { description: "County." })
  county!: string;

  @Field(() => String, { description: "State, USPS code." })
  state!: string;

  @Field(() => String, { description: "The PAA region that covers the county." })
  region!: string;

  @Field(() => Boolean, { description: "Whether the facility is certified for Medicaid." })
  medicaidCertified!: boolean;

  @Field(() => Int, { description: "The number of certified beds." })
  certifiedBeds!: number;
}
