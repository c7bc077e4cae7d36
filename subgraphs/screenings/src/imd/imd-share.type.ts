import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Facility } from "./facility.stub.ts";

export enum ImdStatusValue {
  BELOW_NOTICE = "BELOW_NOTICE",
  NOTICE = "NOTICE",
  AT_RISK = "AT_RISK",
}
registerEnumType(ImdStatusValue, {
  name: "ImdStatus",
  description: "Where a facility's primary-SMI share stands against the CO IMD thresholds (10 CCR 2505-10 8.401.4).",
  valuesConfig: {
    BELOW_NOTICE: { description: "40 % or less." },
    NOTICE: { description: "Above 40 %: the Department is notified (8.401.44 C)." },
    AT_RISK: { description: "Above 50 %: at serious risk of classification as an IMD (8.401.42)." },
  },
});

@ObjectType({ description: "The share of a facility's current residents whose PASRR Level II found a primary serious mental illness." })
export class ImdShare {
  @Field(() => Int, { description: "Current residents counted." })
  residentCount!: number;

  @Field(() => Int, { description: "Of them, residents whose latest Level II found a primary serious mental illness." })
  primarySeriousMentalIllnessCount!: number;

  @Field(() => Float, { description: "The share, 0 to 1 (0 when there are no residents)." })
  share!: number;

  @Field(() => ImdStatusValue, { description: "Against the thresholds: notice above 40 %, at risk above 50 %." })
  status!: ImdStatusValue;
}

@ObjectType({ description: "A facility with its IMD share." })
export class FacilityImdShare {
  @Field(() => Facility, { description: "The facility." })
  facility!: Facility;

  @Field(() => ImdShare, { description: "Its IMD share." })
  imdShare!: ImdShare;
}
