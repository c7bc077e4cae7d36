import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/platform";

@ObjectType({ description: "One continuous stay of a person at a facility, derived from the facility's census events." })
export class Stay {
  @Field(() => ID, { description: "The hub's id of the stay." })
  id!: string;

  /** The facility; exposed as `facility` by the resolver. */
  facilityId!: string;

  @Field(() => DateScalar, { description: "The day the person was admitted." })
  admittedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: "The day the person left (discharge, transfer or death); null while the stay is open." })
  dischargedOn!: Date | null;
}
