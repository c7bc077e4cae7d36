import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { AdmissionSource, CensusEventKind, DischargeDestination, Payer } from "./census-enums.type.ts";

@InputType({ description: "A census event as the facility reports it. Which fields apply depends on `kind`; a field that does not apply is refused." })
export class RecordCensusEventInput {
  @Field(() => CensusEventKind, { description: "What happened." })
  kind!: CensusEventKind;

  @Field(() => ID, { description: "The person (the hub's id from the individuals service)." })
  individualId!: string;

  @Field(() => ID, { description: "The facility reporting it: one of yours. For a CORRECTION, the corrected event's facility." })
  facilityId!: string;

  @Field(() => DateScalar, { description: "The day it happened; not after today. For a CORRECTION, the day as it should read." })
  effectiveOn!: string;

  @Field(() => AdmissionSource, { nullable: true, description: "ADMISSION (required): where the person came from." })
  admissionSource?: AdmissionSource | null;

  @Field(() => Payer, { nullable: true, description: "ADMISSION and PAYER_CHANGE (required): who pays from this day." })
  payer?: Payer | null;

  @Field(() => ID, { nullable: true, description: "ADMISSION (optional): the hospital or facility the person came from, when it is on the hub." })
  fromFacilityId?: string | null;

  @Field(() => ID, { nullable: true, description: "TRANSFER_OUT (required): the receiving nursing facility." })
  toFacilityId?: string | null;

  @Field(() => DischargeDestination, { nullable: true, description: "DISCHARGE (required): where the person went." })
  dischargeDestination?: DischargeDestination | null;

  @Field(() => ID, { nullable: true, description: "CORRECTION (required): the event it corrects." })
  correctsEventId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "CORRECTION: true when the corrected event was entered in error and did not happen." })
  voidsCorrected?: boolean | null;

  @Field(() => String, { nullable: true, description: "CORRECTION (required): why." })
  reason?: string | null;
}
