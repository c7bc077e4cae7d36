import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/platform";
import { LevelOfCareDecision, LevelOfCareType } from "../generated/prisma/enums.ts";

registerEnumType(LevelOfCareType, {
  name: "LevelOfCareType",
  description: "The level of care a determination authorises (OH COA guide: intermediate ILOC or skilled SLOC).",
  valuesConfig: {
    NF_SKILLED: { description: "Nursing facility, skilled level of care (SLOC)." },
    NF_INTERMEDIATE: { description: "Nursing facility, intermediate level of care (ILOC)." },
    ICF_IID: { description: "Intermediate care facility for individuals with intellectual disabilities." },
    HOSPITAL: { description: "Hospital level of care." },
  },
});
registerEnumType(LevelOfCareDecision, {
  name: "LevelOfCareDecision",
  description: "Whether the level of care was approved.",
  valuesConfig: {
    APPROVED: { description: "The person meets the level of care from the effective date." },
    DENIED: { description: "The person does not meet the level of care; a notice with appeal rights follows." },
  },
});

@ObjectType({ description: "A Level of Care determination: the Medicaid-payment decision of functional need, with its effective dates." })
export class LevelOfCareDetermination {
  @Field(() => ID, { description: "The hub's id of this determination." })
  id!: string;

  /** The person; exposed as `individual` by the resolver. */
  individualId!: string;
  /** The facility, when the determination names one; exposed as `facility`. */
  facilityId!: string | null;

  @Field(() => LevelOfCareType, { description: "The level of care decided." })
  levelOfCareType!: LevelOfCareType;

  @Field(() => LevelOfCareDecision, { description: "Approved or denied." })
  decision!: LevelOfCareDecision;

  @Field(() => DateScalar, { description: "The first day the determination covers." })
  effectiveFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: "The last day covered; null for a long-term approval with no end date." })
  effectiveThrough!: Date | null;

  @Field(() => DateTimeScalar, { description: "When the determination was recorded." })
  determinedAt!: Date;
}
