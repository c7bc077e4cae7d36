import { Directive, Field, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Facility } from "./facility.stub.ts";

/** The state agency's IMD review, owned by facilities; screenings answers which facilities are over a threshold. */
@ObjectType({ description: "The IMD review of today's census." })
@Directive('@key(fields: "asOf")')
export class ImdReview {
  @Field(() => DateScalar, { description: "The day of the census reviewed." })
  asOf!: string;

  @Directive("@external")
  @Field(() => [Facility], { description: "The Medicaid-certified nursing facilities reviewed (owned by facilities)." })
  nursingFacilities?: Facility[];
}
