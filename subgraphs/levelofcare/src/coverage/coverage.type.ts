import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/platform";
import { LevelOfCareType } from "../generated/prisma/enums.ts";
import { uncoveredReasons, type UncoveredReason } from "./coverage.rules.ts";

const UncoveredReasonEnum = Object.fromEntries(uncoveredReasons.map((reason) => [reason, reason])) as { [R in UncoveredReason]: R };
registerEnumType(UncoveredReasonEnum, {
  name: "UncoveredReason",
  description: "Why no Level of Care covers a day. The NOT_REQUIRED_* reasons mean no LOC is needed that day (OH COA guide).",
  valuesConfig: {
    NO_DETERMINATION: { description: "No Level of Care determination applies to the day." },
    DENIED: { description: "The latest determination for the day denied the level of care." },
    EXPIRED: { description: "An approval ended before the day and no renewal covers it." },
    PASRR_NOT_MET: { description: "The PASRR requirements were not yet met; a LOC may not precede that date (OH COA guide)." },
    NOT_AT_FACILITY: { description: "The person was not at the facility asked about (from the facility's census)." },
    NOT_REQUIRED_HOSPICE: { description: "Enrolled with hospice: no LOC is needed (OH COA guide)." },
    NOT_REQUIRED_MEDICAID_COPAY: { description: "Medicaid only a co-payer (e.g. Medicare A days): no LOC is needed (OH COA guide)." },
    NOT_REQUIRED_BED_HOLD: { description: "A bed-hold day (hospital leave): no LOC is needed (OH COA guide)." },
  },
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
