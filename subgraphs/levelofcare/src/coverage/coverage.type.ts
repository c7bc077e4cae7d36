import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelOfCareType } from "../generated/prisma/enums.ts";
import { uncoveredReasonSources, uncoveredReasons, type UncoveredReason } from "./payment-reasons.rules.ts";

export const UncoveredReasonEnum = Object.fromEntries(uncoveredReasons.map((reason) => [reason, reason])) as { [R in UncoveredReason]: R };
registerEnumType(UncoveredReasonEnum, {
  name: "UncoveredReason",
  description:
    "Why a day is not payable: the first rule of the payment gate that failed, from a closed list, each citing its source (docs/partners/medicaid-payment.md). The NOT_REQUIRED_* reasons mean no LOC is needed that day (OH COA guide).",
  valuesConfig: Object.fromEntries(uncoveredReasons.map((reason) => [reason, { description: uncoveredReasonSources[reason] }])),
});

@ObjectType({ description: "Consecutive days one Level of Care determination covers." })
export class CoveredSpan {
  @Field(() => DateScalar, { description: "The first day of the span." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day of the span (included)." })
  through!: string;
  @Field(() => LevelOfCareType, { description: "The level of care that covers the days." })
  levelOfCareType!: LevelOfCareType;
  @Field(() => ID, { description: "The determination that covers the days." })
  determinationId!: string;
}

@ObjectType({ description: "Consecutive days no Level of Care covers, for one reason." })
export class UncoveredSpan {
  @Field(() => DateScalar, { description: "The first day of the span." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day of the span (included)." })
  through!: string;
  @Field(() => UncoveredReasonEnum, { description: "Why the days are not covered, or why no LOC is required for them." })
  reason!: UncoveredReason;
  @Field(() => [ID], { description: "The records behind the reason: PASRR records (screens, Level II determinations, appeals, the admission) or LOC determinations; empty when nothing is on file." })
  recordIds!: string[];
}

@ObjectType({
  description:
    "Which days from–to a Level of Care covers (domain README, \"Payment\"). Covered and uncovered spans together hold every day from `from` to `to` exactly once, each list in date order.",
})
export class LevelOfCareCoverage {
  @Field(() => DateScalar, { description: "The first day asked about." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day asked about (included)." })
  to!: string;
  @Field(() => String, { nullable: true, description: "The facility asked about, by Medicaid provider number; null for any facility." })
  providerNumber!: string | null;
  @Field(() => [CoveredSpan], { description: "Days covered, by which determination." })
  coveredSpans!: CoveredSpan[];
  @Field(() => [UncoveredSpan], { description: "Days not covered, with the reason." })
  uncoveredSpans!: UncoveredSpan[];
}
