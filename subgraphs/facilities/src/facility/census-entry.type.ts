import { Field, ObjectType } from "type-graphql";
import { Payer } from "../census/census-enums.type.ts";
import { Individual } from "../individual/individual.stub.ts";
import { Presence } from "../stay/stay-period.type.ts";
import { Stay } from "../stay/stay.type.ts";

@ObjectType({ description: "One resident on a facility's census on a day." })
export class CensusEntry {
  @Field(() => Individual, { description: "The resident." })
  individual!: Individual;

  @Field(() => Stay, { description: "The resident's stay." })
  stay!: Stay;

  @Field(() => Presence, { description: "In the facility that day, or away with the bed held." })
  presence!: Presence;

  @Field(() => Payer, { nullable: true, description: "Who paid for that day." })
  payer!: Payer | null;
}
