import { Field, ObjectType } from "type-graphql";
import { Facility } from "./facility.type.ts";

@ObjectType({ description: "What registering a facility did." })
export class RegisterFacilityPayload {
  @Field(() => Facility, { description: "The facility as registered, with the hub's id for it." })
  facility!: Facility;
}
