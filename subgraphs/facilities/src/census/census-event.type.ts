import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { AdmissionSource, CensusEventKind, DischargeDestination, Payer } from "./census-enums.type.ts";

@ObjectType({ description: "One census event as a facility reported it. Never edited or deleted: a CORRECTION restates or voids it." })
export class CensusEvent {
  @Field(() => ID, { description: "The hub's id of the event." })
  id!: string;

  /** Exposed as `individual`, `facility`, `fromFacility`, `toFacility` and `corrects` by the resolver. */
  individualId!: string;
  facilityId!: string;
  fromFacilityId!: string | null;
  toFacilityId!: string | null;
  correctsEventId!: string | null;

  @Field(() => CensusEventKind, { description: "What the event reports." })
  kind!: CensusEventKind;

  @Field(() => DateScalar, { description: "The day it happened (for a correction: the day as it should read)." })
  effectiveOn!: Date;

  @Field(() => DateTimeScalar, { description: "When the hub recorded it." })
  recordedAt!: Date;

  @Field(() => String, { description: "The organisation that recorded it." })
  recordedByOrganisationId!: string;

  @Field(() => Boolean, { description: "Entered later than the configured number of days after it happened (CENSUS_LATE_ENTRY_DAYS)." })
  late!: boolean;

  @Field(() => AdmissionSource, { nullable: true, description: "For an admission: where the person came from." })
  admissionSource!: AdmissionSource | null;

  @Field(() => Payer, { nullable: true, description: "For an admission or payer change: who pays from this day." })
  payer!: Payer | null;

  @Field(() => DischargeDestination, { nullable: true, description: "For a discharge: where the person went." })
  dischargeDestination!: DischargeDestination | null;

  @Field(() => Boolean, { description: "For a correction: the corrected event was entered in error and did not happen." })
  voidsCorrected!: boolean;

  @Field(() => String, { nullable: true, description: "For a correction: why it was made." })
  reason!: string | null;
}
