import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/platform";

@ObjectType({ description: "A PASRR Level I screen: the identification of possible serious mental illness or ID/DD before NF admission (42 CFR 483.128)." })
export class LevelOneScreen {
  @Field(() => ID, { description: "The hub's id of this screen." })
  id!: string;

  /** The person screened; exposed as `individual` by the resolver. */
  individualId!: string;

  @Field(() => String, { description: "The organisation (hospital, nursing facility or PAA) that filed the screen." })
  submittingOrganisationId!: string;

  @Field(() => DateScalar, { description: "The date the screen was completed." })
  screenedOn!: Date;

  @Field(() => DateTimeScalar, { description: "When the screen reached the hub." })
  submittedAt!: Date;
}
