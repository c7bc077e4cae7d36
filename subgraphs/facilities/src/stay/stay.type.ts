import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { AdmissionSource, DischargeDestination, StayEndReason } from "../census/census-enums.type.ts";

@ObjectType({ description: "One continuous stay of a person at a facility, derived from the facility's census events." })
export class Stay {
  @Field(() => ID, { description: "The hub's id of the stay (the id of the admission or transfer event that opened it)." })
  id!: string;

  /** Exposed through the resolver as `individual`, `facility`, `admittedFrom`, `transferredTo`, `previousStay`, `nextStay`, `events`. */
  individualId!: string;
  facilityId!: string;
  admittedFromFacilityId!: string | null;
  transferredToFacilityId!: string | null;
  previousStayId!: string | null;
  nextStayId!: string | null;
  eventIds!: string[];
  /** JSON as stored; exposed typed as `payerPeriods` and `leavePeriods` by the resolver. */
  payerPeriods!: unknown;
  leavePeriods!: unknown;

  @Field(() => DateScalar, { description: "The day the person was admitted (or arrived on a transfer)." })
  admittedOn!: Date;

  @Field(() => AdmissionSource, { description: "Where the person came from." })
  admissionSource!: AdmissionSource;

  @Field(() => DateScalar, { nullable: true, description: "The day the person left (discharge, transfer or death); null while the stay is open." })
  dischargedOn!: Date | null;

  @Field(() => StayEndReason, { nullable: true, description: "How the stay ended; null while it is open." })
  endReason!: StayEndReason | null;

  @Field(() => DischargeDestination, { nullable: true, description: "For a discharge: where the person went." })
  dischargeDestination!: DischargeDestination | null;
}
