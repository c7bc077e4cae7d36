import { Field, ObjectType } from "type-graphql";
import { Stay } from "../stay/stay.type.ts";
import { CensusEvent } from "./census-event.type.ts";

@ObjectType({ description: "What recording a census event did." })
export class RecordCensusEventPayload {
  @Field(() => CensusEvent, { description: "The event as recorded." })
  event!: CensusEvent;

  @Field(() => Stay, {
    nullable: true,
    description: "The stay the event belongs to now (for a transfer, the stay it closed); null when a correction voided a whole stay.",
  })
  stay!: Stay | null;
}
