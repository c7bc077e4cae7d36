import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { LevelOfCareDecision, LevelOfCareType, RetrospectiveReason, ReviewKind } from "../generated/prisma/enums.ts";

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

registerEnumType(ReviewKind, {
  name: "ReviewKind",
  description: "Why a determination starts when it does (CT newsletters, reasons for screening).",
  valuesConfig: {
    PROSPECTIVE: { description: "From today forward." },
    RETROSPECTIVE: { description: "From a past date: needs a valid reason and a finalised Level II (CT)." },
    TRANSFER: { description: "For a transfer between facilities: may start up to 29 days before the transfer date (OH)." },
    RENEWAL: { description: "Renewing an approval that is expiring." },
  },
});
registerEnumType(RetrospectiveReason, {
  name: "RetrospectiveReason",
  description: "A valid reason the LOC was not submitted in time (CT newsletters).",
  valuesConfig: {
    MEDICAID_PICKUP_DATE_IN_PAST: { description: "Medicaid eligibility was granted from a date in the past." },
    LOC_NEVER_SUBMITTED_SINCE_ADMISSION: { description: "No LOC was ever submitted; review requested from admission." },
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

  @Field(() => String, { nullable: true, description: "The county the person lives in." })
  county!: string | null;

  @Field(() => String, { nullable: true, description: "The organisation that made the determination." })
  determinedByOrganisationId!: string | null;

  @Field(() => String, { nullable: true, description: "The Medicaid ID in force when the determination was made." })
  medicaidId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day a Medicaid application was filed, when the person was not yet eligible (CO 8.401.02)." })
  medicaidApplicationFiledOn!: Date | null;

  @Field(() => ReviewKind, { description: "Why it starts when it does." })
  reviewKind!: ReviewKind;

  @Field(() => RetrospectiveReason, { nullable: true, description: "The reason for a retrospective review." })
  retrospectiveReason!: RetrospectiveReason | null;

  @Field(() => DateScalar, { nullable: true, description: "The transfer date of a transfer determination." })
  transferDate!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The date the PASRR requirements were met, as screenings reported it when this was decided; the effective date may not precede it (OH).",
  })
  pasrrRequirementsMetOn!: Date | null;

  @Field(() => String, { nullable: true, description: "Why this determination superseded an earlier one." })
  supersessionReason!: string | null;

  /** Exposed as `supersedes` and `supersededBy` by the resolver. */
  supersedesId!: string | null;
  assessmentId!: string | null;
}

@ObjectType({ description: "The written notice of a denial, with the person's right to appeal." })
export class LevelOfCareNotice {
  @Field(() => ID, { description: "The hub's id of the notice." })
  id!: string;

  @Field(() => DateScalar, { description: "The day the notice was issued." })
  issuedOn!: Date;

  @Field(() => DateScalar, { description: "The last day an appeal may be filed." })
  appealDeadline!: Date;
}
