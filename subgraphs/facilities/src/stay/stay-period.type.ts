import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { Payer } from "../census/census-enums.type.ts";

export const LeaveKind = { HOSPITAL_LEAVE: "HOSPITAL_LEAVE", LEAVE_OF_ABSENCE: "LEAVE_OF_ABSENCE" } as const;
export type LeaveKind = (typeof LeaveKind)[keyof typeof LeaveKind];
registerEnumType(LeaveKind, {
  name: "LeaveKind",
  description: "Why a resident was away with the stay still open.",
  valuesConfig: {
    HOSPITAL_LEAVE: { description: "In hospital, bed held (OH COA guide: no LOC needed for bed-hold days)." },
    LEAVE_OF_ABSENCE: { description: "A therapeutic leave or leave of absence." },
  },
});

export const Presence = { IN_FACILITY: "IN_FACILITY", HOSPITAL_LEAVE: "HOSPITAL_LEAVE", LEAVE_OF_ABSENCE: "LEAVE_OF_ABSENCE" } as const;
export type Presence = (typeof Presence)[keyof typeof Presence];
registerEnumType(Presence, {
  name: "Presence",
  description: "Where a resident on the census was on a day.",
  valuesConfig: {
    IN_FACILITY: { description: "In the facility." },
    HOSPITAL_LEAVE: { description: "Away in hospital; the bed is held." },
    LEAVE_OF_ABSENCE: { description: "Away on a leave of absence." },
  },
});

@ObjectType({ description: "Who paid for a stretch of a stay." })
export class PayerPeriod {
  @Field(() => Payer, { description: "The payer." })
  payer!: Payer;

  @Field(() => DateScalar, { description: "The first day this payer paid for." })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the next payer took over or the stay ended (not itself covered); null while current." })
  endsOn!: string | null;
}

@ObjectType({ description: "A time a resident was away with the stay still open." })
export class LeavePeriod {
  @Field(() => LeaveKind, { description: "Hospital leave (bed-hold) or leave of absence." })
  kind!: LeaveKind;

  @Field(() => DateScalar, { description: "The day the resident left." })
  leftOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the resident came back (or the stay ended); null while away." })
  returnedOn!: string | null;
}
