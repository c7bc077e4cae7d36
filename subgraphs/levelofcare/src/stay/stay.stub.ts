import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Facility } from "../facility/facility.stub.ts";

/**
 * A person's stays, owned by the facilities subgraph. levelofcare never stores them: it declares
 * the fields coverage needs as `@external` and receives them through `@requires` on
 * `Individual.levelOfCareCoverage`. Names and types match the facilities subgraph exactly.
 */
export const Payer = {
  MEDICARE_PART_A: "MEDICARE_PART_A",
  MEDICAID: "MEDICAID",
  MEDICAID_COPAY: "MEDICAID_COPAY",
  MANAGED_CARE: "MANAGED_CARE",
  PRIVATE: "PRIVATE",
  HOSPICE: "HOSPICE",
} as const;
export type Payer = (typeof Payer)[keyof typeof Payer];
registerEnumType(Payer, { name: "Payer", description: "Who pays for a stay's days." });

export const LeaveKind = { HOSPITAL_LEAVE: "HOSPITAL_LEAVE", LEAVE_OF_ABSENCE: "LEAVE_OF_ABSENCE" } as const;
export type LeaveKind = (typeof LeaveKind)[keyof typeof LeaveKind];
registerEnumType(LeaveKind, { name: "LeaveKind", description: "Why a resident was away with the stay still open." });

@ObjectType({ description: "Who paid for a stretch of a stay." })
export class PayerPeriod {
  @Directive("@external")
  @Field(() => Payer, { description: "The payer." })
  payer!: Payer;

  @Directive("@external")
  @Field(() => DateScalar, { description: "The first day this payer paid for." })
  startsOn!: string;

  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The day the next payer took over or the stay ended (not itself covered); null while current." })
  endsOn!: string | null;
}

@ObjectType({ description: "A time a resident was away with the stay still open." })
export class LeavePeriod {
  @Directive("@external")
  @Field(() => LeaveKind, { description: "Hospital leave (bed-hold) or leave of absence." })
  kind!: LeaveKind;

  @Directive("@external")
  @Field(() => DateScalar, { description: "The day the resident left." })
  leftOn!: string;

  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The day the resident came back (or the stay ended); null while away." })
  returnedOn!: string | null;
}

@ObjectType({ description: "One continuous stay of a person at a facility, derived from the facility's census events." })
export class Stay {
  @Directive("@external")
  @Field(() => DateScalar, { description: "The day the person was admitted (or arrived on a transfer)." })
  admittedOn!: string;

  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The day the person left (discharge, transfer or death); null while the stay is open." })
  dischargedOn!: string | null;

  @Directive("@external")
  @Field(() => Facility, { description: "The facility of the stay." })
  facility!: Facility;

  @Directive("@external")
  @Field(() => [PayerPeriod], { description: "Who paid from when, in order." })
  payerPeriods!: PayerPeriod[];

  @Directive("@external")
  @Field(() => [LeavePeriod], { description: "Hospital leaves (bed-hold) and leaves of absence, in order." })
  leavePeriods!: LeavePeriod[];
}
